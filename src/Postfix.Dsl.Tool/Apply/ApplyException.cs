using System;

namespace Postfix.Dsl.Tool.Apply;

/// <summary>Why an apply or rollback stopped; what was swapped in has been put back when it says so.</summary>
internal sealed class ApplyException(string message) : Exception(message);
