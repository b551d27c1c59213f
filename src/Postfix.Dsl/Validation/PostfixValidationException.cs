using System;
using System.Collections.Generic;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>Thrown when a host fails validation; nothing has been written.</summary>
public sealed class PostfixValidationException : Exception
{
    /// <summary>Creates the exception for <paramref name="errors"/> (warnings and notes among them are listed too, marked as such).</summary>
    public PostfixValidationException(IReadOnlyList<Finding> errors)
        : base($"{errors.Count(e => e.Rule.Severity == ValidationSeverity.Error)} validation error(s); nothing was written:{Environment.NewLine}" +
               string.Join(Environment.NewLine, errors.Select(e => (e.Severity == ValidationSeverity.Error ? "  " : $"  {e.Severity.ToString().ToLowerInvariant()}: ") + e.Message)))
    {
        Errors = errors;
    }

    /// <summary>Every problem found, in model order.</summary>
    public IReadOnlyList<Finding> Errors { get; }
}
