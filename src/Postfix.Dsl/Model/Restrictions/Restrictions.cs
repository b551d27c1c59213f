using System;
using Postfix.Dsl.Rules;

namespace Postfix.Dsl;

/// <summary>
/// Every SMTP access restriction, named as in Postfix. Use with <c>using static Postfix.Dsl.Restrictions;</c>.
/// Obsolete ones are marked [Obsolete] with the modern replacement in the message.
/// </summary>
public static class Restrictions
{
    /// <summary><c>permit</c>: Accept the request; later restrictions of the list are not evaluated.</summary>
    public static Restriction Permit { get; } = new("permit");

    /// <summary><c>reject</c>: Reject the request; later restrictions of the list are not evaluated.</summary>
    public static Restriction Reject { get; } = new("reject");

    /// <summary><c>defer</c>: Answer with a temporary error.</summary>
    public static Restriction Defer { get; } = new("defer");

    /// <summary><c>defer_if_permit</c>: Defer when a later restriction would permit.</summary>
    public static Restriction DeferIfPermit { get; } = new("defer_if_permit");

    /// <summary><c>defer_if_reject</c>: Defer when a later restriction would reject.</summary>
    public static Restriction DeferIfReject { get; } = new("defer_if_reject");

    /// <summary><c>permit_mynetworks</c>: Permit clients in $mynetworks.</summary>
    public static Restriction PermitMynetworks { get; } = new("permit_mynetworks");

    /// <summary><c>permit_sasl_authenticated</c>: Permit clients that authenticated with SASL.</summary>
    public static Restriction PermitSaslAuthenticated { get; } = new("permit_sasl_authenticated");

    /// <summary><c>permit_tls_clientcerts</c>: Permit clients whose verified certificate is listed in relay_clientcerts.</summary>
    public static Restriction PermitTlsClientcerts { get; } = new("permit_tls_clientcerts");

    /// <summary><c>permit_tls_all_clientcerts</c>: Permit every client with a verified certificate.</summary>
    public static Restriction PermitTlsAllClientcerts { get; } = new("permit_tls_all_clientcerts");

    /// <summary><c>permit_auth_destination</c>: Permit mail to a domain this host is authoritative for or relays to.</summary>
    public static Restriction PermitAuthDestination { get; } = new("permit_auth_destination");

    /// <summary><c>permit_inet_interfaces</c>: Permit clients that connect from this host's own addresses.</summary>
    public static Restriction PermitInetInterfaces { get; } = new("permit_inet_interfaces");

    /// <summary><c>reject_unauth_destination</c>: Reject mail to a domain this host neither delivers nor relays to: the anti-relay rule.</summary>
    public static Restriction RejectUnauthDestination { get; } = new("reject_unauth_destination");

    /// <summary><c>defer_unauth_destination</c>: Defer mail to a domain this host neither delivers nor relays to (a safe default while testing).</summary>
    public static Restriction DeferUnauthDestination { get; } = new("defer_unauth_destination");

    /// <summary><c>reject_unauth_pipelining</c>: Reject clients that send commands ahead of time without PIPELINING.</summary>
    public static Restriction RejectUnauthPipelining { get; } = new("reject_unauth_pipelining");

    /// <summary><c>reject_unknown_client_hostname</c>: Reject a client whose address has no PTR record, or whose name does not resolve back to it.</summary>
    public static Restriction RejectUnknownClientHostname { get; } = new("reject_unknown_client_hostname");

    /// <summary><c>reject_unknown_reverse_client_hostname</c>: Reject a client whose address has no PTR record (weaker than RejectUnknownClientHostname).</summary>
    public static Restriction RejectUnknownReverseClientHostname { get; } = new("reject_unknown_reverse_client_hostname");

    /// <summary><c>reject_unknown_forward_client_hostname</c>: Reject a client whose PTR name does not resolve back to its address.</summary>
    public static Restriction RejectUnknownForwardClientHostname { get; } = new("reject_unknown_forward_client_hostname");

    /// <summary><c>reject_invalid_helo_hostname</c>: Reject a syntactically invalid HELO/EHLO hostname.</summary>
    public static Restriction RejectInvalidHeloHostname { get; } = new("reject_invalid_helo_hostname");

    /// <summary><c>reject_non_fqdn_helo_hostname</c>: Reject a HELO/EHLO hostname that is not fully qualified.</summary>
    public static Restriction RejectNonFqdnHeloHostname { get; } = new("reject_non_fqdn_helo_hostname");

    /// <summary><c>reject_unknown_helo_hostname</c>: Reject a HELO/EHLO hostname without DNS A or MX record.</summary>
    public static Restriction RejectUnknownHeloHostname { get; } = new("reject_unknown_helo_hostname");

    /// <summary><c>reject_non_fqdn_sender</c>: Reject a MAIL FROM address whose domain is not fully qualified.</summary>
    public static Restriction RejectNonFqdnSender { get; } = new("reject_non_fqdn_sender");

    /// <summary><c>reject_non_fqdn_recipient</c>: Reject a RCPT TO address whose domain is not fully qualified.</summary>
    public static Restriction RejectNonFqdnRecipient { get; } = new("reject_non_fqdn_recipient");

    /// <summary><c>reject_unknown_sender_domain</c>: Reject a MAIL FROM domain without DNS A or MX record.</summary>
    public static Restriction RejectUnknownSenderDomain { get; } = new("reject_unknown_sender_domain");

    /// <summary><c>reject_unknown_recipient_domain</c>: Reject a RCPT TO domain without DNS A or MX record.</summary>
    public static Restriction RejectUnknownRecipientDomain { get; } = new("reject_unknown_recipient_domain");

    /// <summary><c>reject_unlisted_sender</c>: Reject a sender address in a local domain that is not a valid recipient.</summary>
    public static Restriction RejectUnlistedSender { get; } = new("reject_unlisted_sender");

    /// <summary><c>reject_unlisted_recipient</c>: Reject a recipient address in a local domain that is not a valid recipient.</summary>
    public static Restriction RejectUnlistedRecipient { get; } = new("reject_unlisted_recipient");

    /// <summary><c>reject_unverified_sender</c>: Reject a sender address that address verification found undeliverable.</summary>
    public static Restriction RejectUnverifiedSender { get; } = new("reject_unverified_sender");

    /// <summary><c>reject_unverified_recipient</c>: Reject a recipient address that address verification found undeliverable.</summary>
    public static Restriction RejectUnverifiedRecipient { get; } = new("reject_unverified_recipient");

    /// <summary><c>reject_sender_login_mismatch</c>: Reject a sender address not owned by the SASL login (smtpd_sender_login_maps).</summary>
    public static Restriction RejectSenderLoginMismatch { get; } = new("reject_sender_login_mismatch");

    /// <summary><c>reject_authenticated_sender_login_mismatch</c>: Like RejectSenderLoginMismatch, for authenticated clients only.</summary>
    public static Restriction RejectAuthenticatedSenderLoginMismatch { get; } = new("reject_authenticated_sender_login_mismatch");

    /// <summary><c>reject_unauthenticated_sender_login_mismatch</c>: Reject unauthenticated use of a sender address that has an owner.</summary>
    public static Restriction RejectUnauthenticatedSenderLoginMismatch { get; } = new("reject_unauthenticated_sender_login_mismatch");

    /// <summary><c>reject_multi_recipient_bounce</c>: Reject a null-sender message with more than one recipient.</summary>
    public static Restriction RejectMultiRecipientBounce { get; } = new("reject_multi_recipient_bounce");

    /// <summary><c>reject_plaintext_session</c>: Reject a session that does not use TLS.</summary>
    public static Restriction RejectPlaintextSession { get; } = new("reject_plaintext_session");

    /// <summary><c>check_relay_domains</c>: Obsolete relay control.</summary>
    [Obsolete("check_relay_domains was removed in Postfix 3.9: use PermitMynetworks, RejectUnauthDestination (in SmtpdRelayRestrictions).", DiagnosticId = RuleCatalog.ObsoleteRestrictionId, UrlFormat = RuleCatalog.HelpUrlFormat)]
    public static Restriction CheckRelayDomains { get; } = new("check_relay_domains");

    /// <summary><c>reject_unknown_client</c>: Obsolete name of reject_unknown_client_hostname.</summary>
    [Obsolete("reject_unknown_client was renamed in Postfix 2.3: use RejectUnknownClientHostname (or the weaker RejectUnknownReverseClientHostname).", DiagnosticId = RuleCatalog.ObsoleteRestrictionId, UrlFormat = RuleCatalog.HelpUrlFormat)]
    public static Restriction RejectUnknownClient { get; } = new("reject_unknown_client");

    /// <summary><c>reject_unknown_hostname</c>: Obsolete name of reject_unknown_helo_hostname.</summary>
    [Obsolete("reject_unknown_hostname was renamed in Postfix 2.3: use RejectUnknownHeloHostname.", DiagnosticId = RuleCatalog.ObsoleteRestrictionId, UrlFormat = RuleCatalog.HelpUrlFormat)]
    public static Restriction RejectUnknownHostname { get; } = new("reject_unknown_hostname");

    /// <summary><c>reject_invalid_hostname</c>: Obsolete name of reject_invalid_helo_hostname.</summary>
    [Obsolete("reject_invalid_hostname was renamed in Postfix 2.3: use RejectInvalidHeloHostname.", DiagnosticId = RuleCatalog.ObsoleteRestrictionId, UrlFormat = RuleCatalog.HelpUrlFormat)]
    public static Restriction RejectInvalidHostname { get; } = new("reject_invalid_hostname");

    /// <summary><c>reject_non_fqdn_hostname</c>: Obsolete name of reject_non_fqdn_helo_hostname.</summary>
    [Obsolete("reject_non_fqdn_hostname was renamed in Postfix 2.3: use RejectNonFqdnHeloHostname.", DiagnosticId = RuleCatalog.ObsoleteRestrictionId, UrlFormat = RuleCatalog.HelpUrlFormat)]
    public static Restriction RejectNonFqdnHostname { get; } = new("reject_non_fqdn_hostname");

    /// <summary><c>reject_maps_rbl</c>: Obsolete DNS block list check that used maps_rbl_domains.</summary>
    [Obsolete("reject_maps_rbl was removed in Postfix 3.9: use one RejectRblClient(domain) per block list.", DiagnosticId = RuleCatalog.ObsoleteRestrictionId, UrlFormat = RuleCatalog.HelpUrlFormat)]
    public static Restriction RejectMapsRbl { get; } = new("reject_maps_rbl");

    /// <summary><c>permit_naked_ip_address</c>: Obsolete: permitted any HELO with a bare IP address.</summary>
    [Obsolete("permit_naked_ip_address was removed in Postfix 3.9: use PermitMynetworks or PermitSaslAuthenticated.", DiagnosticId = RuleCatalog.ObsoleteRestrictionId, UrlFormat = RuleCatalog.HelpUrlFormat)]
    public static Restriction PermitNakedIpAddress { get; } = new("permit_naked_ip_address");

    /// <summary><c>permit_mx_backup</c>: Deprecated: relay for domains whose MX lists this host.</summary>
    [Obsolete("permit_mx_backup is deprecated: list the domains in RelayDomains instead.", DiagnosticId = RuleCatalog.ObsoleteRestrictionId, UrlFormat = RuleCatalog.HelpUrlFormat)]
    public static Restriction PermitMxBackup { get; } = new("permit_mx_backup");

    /// <summary><c>check_client_access table</c>: look up the client host name, parent domains, IP address and networks in <paramref name="table"/> and apply the action found.</summary>
    public static Restriction CheckClientAccess(TableReference table) => new("check_client_access", table: table ?? throw new ArgumentNullException(nameof(table)));

    /// <summary><c>check_reverse_client_hostname_access table</c>: look up the unverified reverse client host name in <paramref name="table"/> and apply the action found.</summary>
    public static Restriction CheckReverseClientHostnameAccess(TableReference table) => new("check_reverse_client_hostname_access", table: table ?? throw new ArgumentNullException(nameof(table)));

    /// <summary><c>check_client_a_access table</c>: look up the IP addresses of the client host name in <paramref name="table"/> and apply the action found.</summary>
    public static Restriction CheckClientAAccess(TableReference table) => new("check_client_a_access", table: table ?? throw new ArgumentNullException(nameof(table)));

    /// <summary><c>check_client_mx_access table</c>: look up the MX hosts of the client host name in <paramref name="table"/> and apply the action found.</summary>
    public static Restriction CheckClientMxAccess(TableReference table) => new("check_client_mx_access", table: table ?? throw new ArgumentNullException(nameof(table)));

    /// <summary><c>check_client_ns_access table</c>: look up the DNS servers of the client host name in <paramref name="table"/> and apply the action found.</summary>
    public static Restriction CheckClientNsAccess(TableReference table) => new("check_client_ns_access", table: table ?? throw new ArgumentNullException(nameof(table)));

    /// <summary><c>check_helo_access table</c>: look up the HELO/EHLO hostname and its parent domains in <paramref name="table"/> and apply the action found.</summary>
    public static Restriction CheckHeloAccess(TableReference table) => new("check_helo_access", table: table ?? throw new ArgumentNullException(nameof(table)));

    /// <summary><c>check_helo_a_access table</c>: look up the IP addresses of the HELO/EHLO hostname in <paramref name="table"/> and apply the action found.</summary>
    public static Restriction CheckHeloAAccess(TableReference table) => new("check_helo_a_access", table: table ?? throw new ArgumentNullException(nameof(table)));

    /// <summary><c>check_helo_mx_access table</c>: look up the MX hosts of the HELO/EHLO hostname in <paramref name="table"/> and apply the action found.</summary>
    public static Restriction CheckHeloMxAccess(TableReference table) => new("check_helo_mx_access", table: table ?? throw new ArgumentNullException(nameof(table)));

    /// <summary><c>check_helo_ns_access table</c>: look up the DNS servers of the HELO/EHLO hostname in <paramref name="table"/> and apply the action found.</summary>
    public static Restriction CheckHeloNsAccess(TableReference table) => new("check_helo_ns_access", table: table ?? throw new ArgumentNullException(nameof(table)));

    /// <summary><c>check_sender_access table</c>: look up the MAIL FROM address, its domain and parent domains, and localpart@ in <paramref name="table"/> and apply the action found.</summary>
    public static Restriction CheckSenderAccess(TableReference table) => new("check_sender_access", table: table ?? throw new ArgumentNullException(nameof(table)));

    /// <summary><c>check_sender_a_access table</c>: look up the IP addresses of the MAIL FROM domain in <paramref name="table"/> and apply the action found.</summary>
    public static Restriction CheckSenderAAccess(TableReference table) => new("check_sender_a_access", table: table ?? throw new ArgumentNullException(nameof(table)));

    /// <summary><c>check_sender_mx_access table</c>: look up the MX hosts of the MAIL FROM domain in <paramref name="table"/> and apply the action found.</summary>
    public static Restriction CheckSenderMxAccess(TableReference table) => new("check_sender_mx_access", table: table ?? throw new ArgumentNullException(nameof(table)));

    /// <summary><c>check_sender_ns_access table</c>: look up the DNS servers of the MAIL FROM domain in <paramref name="table"/> and apply the action found.</summary>
    public static Restriction CheckSenderNsAccess(TableReference table) => new("check_sender_ns_access", table: table ?? throw new ArgumentNullException(nameof(table)));

    /// <summary><c>check_recipient_access table</c>: look up the RCPT TO address, its domain and parent domains, and localpart@ in <paramref name="table"/> and apply the action found.</summary>
    public static Restriction CheckRecipientAccess(TableReference table) => new("check_recipient_access", table: table ?? throw new ArgumentNullException(nameof(table)));

    /// <summary><c>check_recipient_a_access table</c>: look up the IP addresses of the RCPT TO domain in <paramref name="table"/> and apply the action found.</summary>
    public static Restriction CheckRecipientAAccess(TableReference table) => new("check_recipient_a_access", table: table ?? throw new ArgumentNullException(nameof(table)));

    /// <summary><c>check_recipient_mx_access table</c>: look up the MX hosts of the RCPT TO domain in <paramref name="table"/> and apply the action found.</summary>
    public static Restriction CheckRecipientMxAccess(TableReference table) => new("check_recipient_mx_access", table: table ?? throw new ArgumentNullException(nameof(table)));

    /// <summary><c>check_recipient_ns_access table</c>: look up the DNS servers of the RCPT TO domain in <paramref name="table"/> and apply the action found.</summary>
    public static Restriction CheckRecipientNsAccess(TableReference table) => new("check_recipient_ns_access", table: table ?? throw new ArgumentNullException(nameof(table)));

    /// <summary><c>check_ccert_access table</c>: look up the fingerprint of the client's TLS certificate in <paramref name="table"/> and apply the action found.</summary>
    public static Restriction CheckCcertAccess(TableReference table) => new("check_ccert_access", table: table ?? throw new ArgumentNullException(nameof(table)));

    /// <summary><c>check_sasl_access table</c>: look up the SASL login name in <paramref name="table"/> and apply the action found.</summary>
    public static Restriction CheckSaslAccess(TableReference table) => new("check_sasl_access", table: table ?? throw new ArgumentNullException(nameof(table)));

    /// <summary><c>reject_rbl_client domain</c>: Reject a client whose IP address is listed in the DNS block list <paramref name="domain"/> (optionally <c>domain=127.0.0.2</c> to match one reply).</summary>
    public static Restriction RejectRblClient(string domain) => new("reject_rbl_client", argument: domain ?? throw new ArgumentNullException(nameof(domain)));

    /// <summary><c>reject_rhsbl_client domain</c>: Reject a client whose host name is listed in the domain block list <paramref name="domain"/>.</summary>
    public static Restriction RejectRhsblClient(string domain) => new("reject_rhsbl_client", argument: domain ?? throw new ArgumentNullException(nameof(domain)));

    /// <summary><c>reject_rhsbl_reverse_client domain</c>: Reject a client whose unverified reverse name is listed in <paramref name="domain"/>.</summary>
    public static Restriction RejectRhsblReverseClient(string domain) => new("reject_rhsbl_reverse_client", argument: domain ?? throw new ArgumentNullException(nameof(domain)));

    /// <summary><c>reject_rhsbl_helo domain</c>: Reject a HELO/EHLO name listed in the domain block list <paramref name="domain"/>.</summary>
    public static Restriction RejectRhsblHelo(string domain) => new("reject_rhsbl_helo", argument: domain ?? throw new ArgumentNullException(nameof(domain)));

    /// <summary><c>reject_rhsbl_sender domain</c>: Reject a MAIL FROM domain listed in the domain block list <paramref name="domain"/>.</summary>
    public static Restriction RejectRhsblSender(string domain) => new("reject_rhsbl_sender", argument: domain ?? throw new ArgumentNullException(nameof(domain)));

    /// <summary><c>reject_rhsbl_recipient domain</c>: Reject a RCPT TO domain listed in the domain block list <paramref name="domain"/>.</summary>
    public static Restriction RejectRhsblRecipient(string domain) => new("reject_rhsbl_recipient", argument: domain ?? throw new ArgumentNullException(nameof(domain)));

    /// <summary><c>permit_dnswl_client domain</c>: Permit a client listed in the DNS allow list <paramref name="domain"/>.</summary>
    public static Restriction PermitDnswlClient(string domain) => new("permit_dnswl_client", argument: domain ?? throw new ArgumentNullException(nameof(domain)));

    /// <summary><c>permit_rhswl_client domain</c>: Permit a client whose host name is listed in the domain allow list <paramref name="domain"/>.</summary>
    public static Restriction PermitRhswlClient(string domain) => new("permit_rhswl_client", argument: domain ?? throw new ArgumentNullException(nameof(domain)));

    /// <summary><c>check_policy_service service</c>: Ask the policy server <paramref name="service"/> (<c>inet:host:port</c> or <c>unix:private/name</c>).</summary>
    public static Restriction CheckPolicyService(string service) => new("check_policy_service", argument: service ?? throw new ArgumentNullException(nameof(service)));

    /// <summary><c>check_policy_service endpoint</c>: ask <paramref name="service"/>; a spawned one also needs its <see cref="PolicyService.Service"/> in master.cf.</summary>
    public static Restriction CheckPolicyService(PolicyService service) => CheckPolicyService((service ?? throw new ArgumentNullException(nameof(service))).Endpoint);

    /// <summary><c>reject_rbl domain</c>: Undocumented old alias of reject_rbl_client.</summary>
    [Obsolete("reject_rbl is an undocumented old alias: use RejectRblClient(domain).", DiagnosticId = RuleCatalog.ObsoleteRestrictionId, UrlFormat = RuleCatalog.HelpUrlFormat)]
    public static Restriction RejectRbl(string domain) => new("reject_rbl", argument: domain ?? throw new ArgumentNullException(nameof(domain)));

    /// <summary><c>sleep seconds</c>: pause before evaluating the next restriction (slows down zombies).</summary>
    public static Restriction Sleep(int seconds) => new("sleep", argument: seconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
