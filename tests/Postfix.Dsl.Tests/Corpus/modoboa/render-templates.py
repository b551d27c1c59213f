"""Renders modoboa-installer's Postfix templates as its installer does, with its default configuration
for the domain example.org on Debian: config from config_dict_template (load_config_template), the
self-signed certificate paths of ssl.SelfSignedCertificate, and base/postfix get_template_context."""
import configparser, sys, os
sys.path.insert(0, "/tmp/modo")
from modoboa_installer import utils
config = utils.load_config_template(interactive=False)
config.set("general", "domain", "example.org")
config.set("dovecot", "domain", "example.org")
# ssl.SelfSignedCertificate on Debian (/etc/ssl exists)
config.set("general", "tls_key_file", "/etc/ssl/private/%(hostname)s.key")
config.set("general", "tls_cert_file", "/etc/ssl/certs/%(hostname)s.cert")
appname = "postfix"
dbengine = config.get("database", "engine")
context = {"dbengine": "Pg" if dbengine == "postgres" else dbengine, "dbhost": config.get("database", "host"), "dbport": config.get("database", "port", fallback="5432")}
for option, value in config.items("general"):
    context[option] = value
for option, value in config.items(appname):
    context[option] = value
for section in config.sections():
    if section == appname:
        continue
    if config.has_option(section, "enabled"):
        context["{}_enabled".format(section)] = "" if config.getboolean(section, "enabled") else "#"
context.update({
    "db_driver": "pgsql" if dbengine == "postgres" else dbengine,
    "dovecot_mailboxes_owner": config.get("dovecot", "mailboxes_owner"),
    "modoboa_venv_path": config.get("modoboa", "venv_path"),
    "modoboa_instance_path": config.get("modoboa", "instance_path"),
    "opendkim_port": config.get("opendkim", "port"),
    "rspamd_disabled": "" if not config.getboolean("rspamd", "enabled") else "#",
})
out = sys.argv[1]
for name in ["main.cf", "master.cf", "anonymize_headers.pcre"]:
    with open("modoboa_installer/scripts/files/postfix/" + name + ".tpl") as fp:
        buf = fp.read()
    with open(os.path.join(out, name), "w") as fp:
        # The installer's first line says when it was installed; a fixed date keeps the case stable.
        fp.write("# This file was automatically installed on 2026-12-02T00:00:00\n")
        fp.write(utils.ConfigFileTemplate(buf).substitute(context))
for k in sorted(context):
    if k.endswith("enabled") or k in ("db_driver", "hostname", "tls_key_file"):
        print(k, repr(context[k]), file=sys.stderr)
