using System;

namespace Postfix.Dsl;

/// <summary>
/// A property of a model class as the required-value walk (PFX0026) reads it: its name, a typed
/// getter, whether it needs a value (not declared nullable) and whether it is a leaf (a string:
/// checked for null, never walked). Generated for the model's classes (<c>ModelShapes</c>).
/// </summary>
internal sealed record WalkedProperty(string Name, Func<object, object?> Get, bool Required, bool Leaf);
