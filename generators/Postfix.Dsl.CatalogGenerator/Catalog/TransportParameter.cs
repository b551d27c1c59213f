namespace Postfix.Dsl.Generators.Catalog;

/// <summary>
/// One row of the per-service catalog: a parameter Postfix derives from the name of every master.cf
/// service that runs one of <see cref="Commands"/> (<c>relay</c> + <c>_destination_concurrency_limit</c>).
/// </summary>
/// <param name="Suffix">The part after the service name, e.g. <c>destination_concurrency_limit</c>.</param>
/// <param name="Type">The catalog type, parsed as in parameters.tsv.</param>
/// <param name="Default">The default postconf -d prints for a derived name, e.g. <c>$default_destination_concurrency_limit</c>.</param>
/// <param name="Commands">The master.cf commands (daemons) that get this parameter, comma-separated.</param>
/// <param name="Description">One line.</param>
internal sealed record TransportParameter(
    string Suffix,
    CatalogType Type,
    string Default,
    string Commands,
    string Description);
