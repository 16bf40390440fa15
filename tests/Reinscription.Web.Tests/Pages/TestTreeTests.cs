namespace Reinscription.Web.Tests.Pages;

/// <summary>
/// The tests of a page sit where its path says: src/Reinscription.Web/Pages/X in Pages/X here, and the staff
/// pages of Areas/Admin/Pages/X in Pages/Admin/X; a reader (and a reviewer) finds them without searching.
/// </summary>
public class TestTreeTests
{
    private static readonly DirectoryInfo Root = FindRoot();

    private static readonly string TestPages = Path.Combine(Root.FullName, "tests", "Reinscription.Web.Tests", "Pages");

    [Fact]
    public void Every_page_folder_has_its_test_folder_with_tests_in_it()
    {
        var missing = PageFolders()
            .Where(f => !Directory.Exists(f.Tests) || Directory.GetFiles(f.Tests, "*Tests.cs").Length == 0)
            .Select(f => $"{f.Pages} → {Path.GetRelativePath(Root.FullName, f.Tests)}")
            .ToList();

        Assert.True(missing.Count == 0, "Page folders without tests where their path says:\n" + string.Join('\n', missing));
    }

    [Fact]
    public void Every_test_folder_mirrors_a_page_folder()
    {
        var expected = PageFolders().Select(f => Path.GetFullPath(f.Tests)).ToHashSet();
        var orphans = Directory.GetDirectories(TestPages, "*", SearchOption.AllDirectories)
            .Where(d => Directory.GetFiles(d, "*Tests.cs").Length > 0 && !expected.Contains(Path.GetFullPath(d)))
            .Select(d => Path.GetRelativePath(Root.FullName, d))
            .ToList();

        Assert.True(orphans.Count == 0, "Test folders that mirror no page folder:\n" + string.Join('\n', orphans));
    }

    /// <summary>Each folder that holds a routable page (a .cshtml starting with @page), with the test folder it calls for.</summary>
    private static IEnumerable<(string Pages, string Tests)> PageFolders()
    {
        var web = Path.Combine(Root.FullName, "src", "Reinscription.Web");
        (string Source, string Tests)[] trees =
        [
            (Path.Combine(web, "Pages"), TestPages),
            (Path.Combine(web, "Areas", "Admin", "Pages"), Path.Combine(TestPages, "Admin")),
        ];
        foreach (var (source, tests) in trees)
        {
            foreach (var folder in Directory.GetDirectories(source, "*", SearchOption.AllDirectories).Prepend(source))
            {
                if (Directory.GetFiles(folder, "*.cshtml").Any(IsRoutable))
                {
                    yield return (Path.GetRelativePath(Root.FullName, folder), Path.Combine(tests, Path.GetRelativePath(source, folder)));
                }
            }
        }
    }

    private static bool IsRoutable(string view) => File.ReadLines(view).FirstOrDefault()?.StartsWith("@page", StringComparison.Ordinal) == true;

    private static DirectoryInfo FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Reinscription.sln")))
        {
            directory = directory.Parent;
        }

        return directory ?? throw new InvalidOperationException("Reinscription.sln not found above " + AppContext.BaseDirectory);
    }
}
