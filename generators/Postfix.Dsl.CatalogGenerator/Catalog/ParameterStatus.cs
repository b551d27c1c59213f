namespace Postfix.Dsl.Generators.Catalog;

/// <summary>A catalog row's status column, parsed.</summary>
internal enum ParameterStatus
{
    /// <summary>Empty in the catalog: a current parameter.</summary>
    Current,

    /// <summary><c>renamed</c>: Postfix accepts the old name but documents the new one.</summary>
    Renamed,

    /// <summary><c>legacy</c>: an old name that postconf -d no longer lists.</summary>
    Legacy,

    /// <summary><c>obsolete</c>: replaced or removed.</summary>
    Obsolete,

    /// <summary><c>read-only</c>: compiled into Postfix or set by it at run time; postconf warns when main.cf sets it.</summary>
    ReadOnly,

    /// <summary><c>discouraged</c>: Postfix honours it, but setting it is advised against; the replacement column says why.</summary>
    Discouraged,
}
