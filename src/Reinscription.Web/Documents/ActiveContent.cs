using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Reinscription.Web.Documents;

/// <summary>What a PDF may carry beyond its pages, that a viewer would run or hand over (decision record 012).</summary>
[Flags]
internal enum ActiveContent
{
    None = 0,

    /// <summary>Scripts: JavaScript actions and name trees, and XFA forms, which carry their own scripts.</summary>
    JavaScript = 1,

    /// <summary>An action that starts a program or opens a file on the reader's computer.</summary>
    Launch = 2,

    /// <summary>Attached files, as a document-level list or as annotations.</summary>
    EmbeddedFiles = 4,
}

internal static class ActiveContentScan
{
    /// <summary>
    /// Looks at every object the file declares, not only those reachable from its pages: where a
    /// viewer starts from is a viewer's choice, and a hidden action costs nothing to refuse. Names are
    /// compared as PdfPig decodes them, so an action spelled <c>/JavaScr#69pt</c> is found too.
    /// </summary>
    public static ActiveContent Find(Structure structure, InspectionBudget budget)
    {
        var found = ActiveContent.None;
        var pending = new Stack<IToken>();
        foreach (var reference in structure.CrossReferenceTable.ObjectOffsets.Keys)
        {
            budget.Checkpoint();
            pending.Push(structure.GetObject(reference).Data);

            // A stack rather than recursion: how deeply a file nests its arrays is the file's choice.
            while (pending.TryPop(out var token))
            {
                switch (token)
                {
                    case StreamToken stream:
                        pending.Push(stream.StreamDictionary);
                        break;
                    case ArrayToken array:
                        foreach (var item in array.Data)
                        {
                            pending.Push(item);
                        }

                        break;
                    case DictionaryToken dictionary:
                        found |= Of(dictionary, structure);
                        foreach (var value in dictionary.Data.Values)
                        {
                            pending.Push(value);
                        }

                        break;
                }
            }
        }

        return found;
    }

    private static ActiveContent Of(DictionaryToken dictionary, Structure structure)
    {
        var found = ActiveContent.None;
        var action = NameOf(dictionary, "S", structure);
        if (dictionary.Data.ContainsKey("JS") || dictionary.Data.ContainsKey("JavaScript") || dictionary.Data.ContainsKey("XFA")
            || action == "JavaScript")
        {
            found |= ActiveContent.JavaScript;
        }

        if (action == "Launch")
        {
            found |= ActiveContent.Launch;
        }

        if (dictionary.Data.ContainsKey("EmbeddedFiles") || dictionary.Data.ContainsKey("EF")
            || NameOf(dictionary, "Type", structure) == "EmbeddedFile" || NameOf(dictionary, "Subtype", structure) == "FileAttachment")
        {
            found |= ActiveContent.EmbeddedFiles;
        }

        return found;
    }

    /// <summary>The name under <paramref name="key"/>, also when the file puts it in an object of its own.</summary>
    private static string? NameOf(DictionaryToken dictionary, string key, Structure structure) =>
        dictionary.Data.GetValueOrDefault(key) switch
        {
            NameToken name => name.Data,
            IndirectReferenceToken reference => (structure.GetObject(reference.Data).Data as NameToken)?.Data,
            _ => null,
        };
}
