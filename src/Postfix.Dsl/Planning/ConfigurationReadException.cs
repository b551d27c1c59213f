using System;

namespace Postfix.Dsl;

/// <summary>A configuration directory that cannot be compared: missing, without main.cf, or with a line Postfix would refuse. The message names the file and line.</summary>
public sealed class ConfigurationReadException(string message) : Exception(message);
