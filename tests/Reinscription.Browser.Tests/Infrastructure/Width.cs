using System.Reflection;
using Xunit.Sdk;

namespace Reinscription.Browser.Tests.Infrastructure;

/// <summary>The two widths every journey runs at, in CSS pixels: a laptop and a small phone.</summary>
public enum Width
{
    Phone = 375,
    Desktop = 1280,
}

/// <summary>Runs a journey once at each <see cref="Width"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BothWidthsAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[Width.Desktop], [Width.Phone]];
}
