namespace Postfix.Dsl;

/// <summary>What postscreen does with a client that fails a test (the <c>postscreen_*_action</c> parameters).</summary>
public enum PostscreenAction
{
    /// <summary><c>ignore</c>: note the failure, let other tests finish, and test again next time.</summary>
    Ignore,

    /// <summary><c>enforce</c>: let other tests finish, then reject delivery with a 550 reply.</summary>
    Enforce,

    /// <summary><c>drop</c>: disconnect at once with a 521 reply.</summary>
    Drop,
}
