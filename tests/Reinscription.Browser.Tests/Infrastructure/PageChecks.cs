using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Reinscription.Browser.Tests.Infrastructure;

/// <summary>What is checked on every page a journey shows: the measures, in the browser.</summary>
internal static class PageChecks
{
    /// <summary>The RGAA is WCAG 2.1 A and AA: axe's rules with those tags, and no others.</summary>
    private static readonly AxeRunOptions WcagAa = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    /// <summary>Each violation as "rule: help — the elements concerned".</summary>
    public static async Task<IEnumerable<string>> AxeViolationsAsync(IPage page)
    {
#pragma warning disable CS0618 // Legacy mode runs axe in the page itself; the default opens and closes a page per run, twice as slow here.
        var result = await page.RunAxeLegacy(null, WcagAa, null);
#pragma warning restore CS0618
        if (result.Passes.Length == 0)
        {
            return ["axe ran no rule on the page"];
        }

        return result.Violations.Select(v =>
            $"axe {v.Id}: {v.Help} — {string.Join(" | ", v.Nodes.Select(n => $"{n.Target} ({string.Join("; ", n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message))})"))}");
    }

    /// <summary>Every stylesheet of the page arrived with rules: a page without its CSS shows nothing of its layout.</summary>
    public static async Task<IEnumerable<string>> EmptyStylesheetsAsync(IPage page) =>
        await page.EvaluateAsync<string[]>(
            "() => [...document.styleSheets].filter(s => s.href && s.cssRules.length === 0).map(s => `stylesheet without rules: ${s.href}`)");

    /// <summary>At any width, the page scrolls vertically only.</summary>
    public static async Task<IEnumerable<string>> HorizontalOverflowAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>(
            "() => [document.documentElement.scrollWidth, window.innerWidth, document.documentElement.clientWidth]");
        if (widths[0] <= Math.Min(widths[1], widths[2]))
        {
            return [];
        }

        // The elements that stick out, to say what to fix.
        var culprits = await page.EvaluateAsync<string[]>("""
            () => [...document.body.querySelectorAll('*')]
              .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
              .filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > document.documentElement.clientWidth + 1))
              .slice(0, 5)
              .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + String(e.className).trim().replace(/\s+/g, '.') : ''))
            """);
        return [$"horizontal overflow: the page is {widths[0]} px wide in a {widths[2]} px window ({string.Join(", ", culprits)})"];
    }

    /// <summary>
    /// Every link, button and field shown lies within the window's width: none sits off to the right
    /// in a box scrolled sideways, where a person on a phone would not think of looking for it.
    /// </summary>
    public static async Task<IEnumerable<string>> ControlsOutOfReachAsync(IPage page) =>
        (await page.EvaluateAsync<string[]>("""
            () => {
              const width = document.documentElement.clientWidth;
              return [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea')]
                .filter(e => {
                  const r = e.getBoundingClientRect();
                  return r.width > 1 && r.height > 1 && getComputedStyle(e).visibility !== 'hidden' && (r.left < -1 || r.right > width + 1);
                })
                .slice(0, 5)
                .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' «' + (e.innerText || e.value || e.getAttribute('aria-label') || '').trim().slice(0, 40) + '»');
            }
            """)).Select(control => $"out of reach at this width (beyond the window's edge): {control}");

    /// <summary>Null when the focused element shows a focus indicator (an outline or a drawn box-shadow); else why not.</summary>
    public static Task<string?> FocusProblemAsync(IPage page) => page.EvaluateAsync<string?>("""
        () => {
          const e = document.activeElement;
          const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
            + (e.getAttribute('name') ? `[name="${e.getAttribute('name')}"]` : '')
            + ' «' + (e.innerText || e.value || e.getAttribute('aria-label') || '').trim().slice(0, 40) + '»';
          if (!e || e === document.body || e === document.documentElement) return 'nothing has the focus';
          const rect = e.getBoundingClientRect();
          if (rect.width < 1 || rect.height < 1) return `${name(e)} has the focus but is not displayed`;
          const style = getComputedStyle(e);
          const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1;
          // A shadow counts when it is drawn: some blur or spread, not "0 0 0 0".
          const shadow = style.boxShadow !== 'none'
            && style.boxShadow.split(/,(?![^(]*\))/).some(s => (s.match(/-?[\d.]+px/g) || []).slice(2).some(v => parseFloat(v) > 0));
          return outline || shadow ? null : `${name(e)} has the focus but no visible focus indicator`;
        }
        """);

    /// <summary>A short description of the focused element, for messages.</summary>
    public static Task<string> FocusedAsync(IPage page) => page.EvaluateAsync<string>("""
        () => {
          const e = document.activeElement;
          return e ? e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' «' + (e.innerText || e.value || '').trim().slice(0, 40) + '»' : 'none';
        }
        """);
}
