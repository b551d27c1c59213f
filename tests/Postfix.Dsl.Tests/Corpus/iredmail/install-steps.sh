#!/usr/bin/env bash
# Applies iRedMail's postfix_config_basic (functions/postfix.sh) to its samples, with the values its
# conf/ files give on Debian 12 (postfix 3.7) with the defaults: hash tables, 127.0.0.1, IPv6 on.
set -euo pipefail
cd "$1"
F=main.cf; MF=master.cf
export POSTFIX_DEFAULT_DB_TYPE=hash
export queue_directory="$(postconf -c /tmp/ired/empty -d queue_directory | awk '{print $NF}')"
export command_directory="$(postconf -c /tmp/ired/empty -d command_directory | awk '{print $NF}')"
export daemon_directory="$(postconf -c /tmp/ired/empty -d daemon_directory | awk '{print $NF}')"
export data_directory="$(postconf -c /tmp/ired/empty -d data_directory | awk '{print $NF}')"
export sendmail_path="$(postconf -c /tmp/ired/empty -d sendmail_path | awk '{print $NF}')"
export newaliases_path="$(postconf -c /tmp/ired/empty -d newaliases_path | awk '{print $NF}')"
export mailq_path="$(postconf -c /tmp/ired/empty -d mailq_path | awk '{print $NF}')"
export mail_owner="$(postconf -c /tmp/ired/empty -d mail_owner | awk '{print $NF}')"
export setgid_group="$(postconf -c /tmp/ired/empty -d setgid_group | awk '{print $NF}')"
for v in POSTFIX_DEFAULT_DB_TYPE:POSTFIX_DEFAULT_DB_TYPE QUEUE_DIRECTORY:queue_directory COMMAND_DIRECTORY:command_directory DAEMON_DIRECTORY:daemon_directory DATA_DIRECTORY:data_directory SENDMAIL_PATH:sendmail_path NEWALIASES_PATH:newaliases_path MAILQ_PATH:mailq_path MAIL_OWNER:mail_owner SETGID_GROUP:setgid_group; do
  perl -pi -e "s#PH_${v%%:*}#\$ENV{${v##*:}}#g" $F
done
# IPv6 present: [::1] appended to mynetworks.
perl -pi -e 's#^(mynetworks.*)#${1} [::1]#g' $F
export HOSTNAME=mail.example.org MESSAGE_SIZE_LIMIT_BYTES=$((15*1024*1024)) STORAGE_BASE_DIR=/var/vmail SYS_USER_VMAIL_UID=2000 SYS_GROUP_VMAIL_GID=2000
export SSL_DH512_PARAM_FILE=/etc/ssl/dh512_param.pem SSL_DH1024_PARAM_FILE=/etc/ssl/dh2048_param.pem SSL_CERT_FILE=/etc/ssl/certs/iRedMail.crt SSL_KEY_FILE=/etc/ssl/private/iRedMail.key SSL_CERT_DIR=/etc/ssl/certs SSL_CA_FILE=/etc/ssl/certs/ca-certificates.crt
export POSTFIX_FILE_ALIASES=/etc/postfix/aliases POSTFIX_FILE_HELO_ACCESS=/etc/postfix/helo_access.pcre POSTFIX_FILE_HEADER_CHECKS=/etc/postfix/header_checks POSTFIX_FILE_BODY_CHECKS=/etc/postfix/body_checks.pcre POSTFIX_FILE_SENDER_ACCESS=/etc/postfix/sender_access.pcre POSTFIX_FILE_SMTPD_COMMAND_FILTER=/etc/postfix/command_filter.pcre
export IREDAPD_SERVER_ADDRESS=127.0.0.1 IREDAPD_LISTEN_PORT=7777 IREDAPD_SRS_FORWARD_PORT=7778 IREDAPD_SRS_REVERSE_PORT=7779 DOVECOT_SERVICE_QUOTA_STATUS_PORT=12340
for v in HOSTNAME MESSAGE_SIZE_LIMIT_BYTES STORAGE_BASE_DIR SYS_USER_VMAIL_UID SYS_GROUP_VMAIL_GID SSL_DH512_PARAM_FILE SSL_DH1024_PARAM_FILE SSL_CERT_FILE SSL_KEY_FILE SSL_CERT_DIR SSL_CA_FILE POSTFIX_FILE_ALIASES POSTFIX_FILE_HELO_ACCESS POSTFIX_FILE_HEADER_CHECKS POSTFIX_FILE_BODY_CHECKS POSTFIX_FILE_SENDER_ACCESS POSTFIX_FILE_SMTPD_COMMAND_FILTER IREDAPD_SERVER_ADDRESS IREDAPD_LISTEN_PORT IREDAPD_SRS_FORWARD_PORT IREDAPD_SRS_REVERSE_PORT DOVECOT_SERVICE_QUOTA_STATUS_PORT; do
  perl -pi -e "s#PH_$v#\$ENV{$v}#g" $F
done
postconf -c . -e compatibility_level=3.6
perl -pi -e 's/^(smtp.*inet)(.*)(n)(.*)(n)(.*smtpd)$/${1}${2}${3}${4}-${6}/' $MF
export AMAVISD_CONTENT_FILTER_ORIGINATING='smtp-amavis:[127.0.0.1]:10026' SYS_USER_VMAIL=vmail SYS_GROUP_VMAIL=vmail LOCAL_ADDRESS=127.0.0.1 AMAVISD_MAX_SERVERS=2 AMAVISD_MYNETWORKS=127.0.0.0/8 POSTFIX_MAIL_REINJECT_PORT=10025 AMAVISD_ORIGINATING_PORT=10026
for v in AMAVISD_CONTENT_FILTER_ORIGINATING SYS_USER_VMAIL SYS_GROUP_VMAIL LOCAL_ADDRESS AMAVISD_MAX_SERVERS AMAVISD_MYNETWORKS POSTFIX_MAIL_REINJECT_PORT AMAVISD_ORIGINATING_PORT; do
  perl -pi -e "s#PH_$v#\$ENV{$v}#g" $MF
done
_pickup_orig="$(postconf -c . -M |grep '^pickup')"
postconf -c . -M "pickup/unix=${_pickup_orig}"
postconf -c . -P "pickup/unix/content_filter=${AMAVISD_CONTENT_FILTER_ORIGINATING}"
for i in $(postconf -c . -Mf | grep '^[0-9a-zA-Z]' | awk '{print $1"/"$2"/chroot=n"}'); do postconf -c . -F $i; done
export POSTFIX_MLMMJ_REINJECT_PORT=10028 DOVECOT_DELIVER_BIN=/usr/lib/dovecot/deliver SYS_USER_MLMMJ=mlmmj SYS_GROUP_MLMMJ=mlmmj CMD_MLMMJ_AMIME_RECEIVE=/usr/bin/mlmmj-amime-receive MLMMJ_SPOOL_DIR=/var/vmail/mlmmj
for v in POSTFIX_MLMMJ_REINJECT_PORT DOVECOT_DELIVER_BIN SYS_USER_MLMMJ SYS_GROUP_MLMMJ CMD_MLMMJ_AMIME_RECEIVE MLMMJ_SPOOL_DIR; do
  perl -pi -e "s#PH_$v#\$ENV{$v}#g" $MF
done
