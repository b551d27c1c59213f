namespace Postfix.Dsl;

/// <summary>Values of <c>mynetworks_style</c>, used only when mynetworks is not set.</summary>
public enum MynetworksStyle
{
    /// <summary><c>host</c>: trust only the local machine (the default from compatibility level 2).</summary>
    Host,

    /// <summary><c>subnet</c>: trust the subnets of the local interfaces.</summary>
    Subnet,

    /// <summary><c>class</c>: trust whole class A/B/C networks (almost never right).</summary>
    Class,
}
