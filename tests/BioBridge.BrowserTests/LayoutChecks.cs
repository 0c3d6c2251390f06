namespace BioBridge.BrowserTests;

/// <summary>
/// What LayoutTests looks for on a rendered page, run in the page: sideways scrolling, visible elements reaching past
/// the screen's edge (unless a scrolling box of their own clips them), raw resource keys or "{0}" placeholders in the
/// visible text, and - in Korean and Chinese - Latin words in the interface's own text. User content (organization and
/// person names, titles, e-mail addresses, codes) is marked with data-content or a lang attribute and left out.
/// </summary>
static class LayoutChecks
{
    /// <summary>Words the interface keeps in Latin letters in every language besides acronyms: the product and formats.</summary>
    public static readonly string[] LatinAllowed =
        ["BioBridge", "API", "CSV", "XLSX", "Excel", "PDF", "KPI", "MOU", "ID", "URL", "UTC", "OK", "AI", "PCT", "ISO", "HTTP", "HTTPS",
         "R&D", "CRO", "CDMO", "IP", "QR", "ICS", "iCal", "Markdown", "TOTP", "NDA", "GMP", "TMS", "Zoom", "Teams"];

    public const string Script = """
        (args) => {
          const [checkLatin, allowed] = args;
          const problems = [];
          const width = window.innerWidth;
          const scrollWidth = document.documentElement.scrollWidth;
          if (scrollWidth > width) problems.push(`scrolls sideways: ${scrollWidth} px wide`);
          const describe = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : '')
            + ' "' + (e.innerText || e.value || '').trim().slice(0, 40).replace(/\s+/g, ' ') + '"';
          const clipped = e => {
            for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
              const o = getComputedStyle(p).overflowX;
              if (o !== 'visible') return true;
            }
            return false;
          };
          const visible = e => {
            const s = getComputedStyle(e);
            return s.visibility !== 'hidden' && s.opacity !== '0' && e.getClientRects().length > 0;
          };
          // On a desktop the header is one row: the navigation and the language and account corner beside the brand.
          const header = document.querySelector('header.topbar');
          if (header && width >= 1280) {
            const row = document.querySelector('header .brand').getBoundingClientRect();
            for (const part of header.querySelectorAll(':scope > nav, :scope > div')) {
              const r = part.getBoundingClientRect();
              if (r.top >= row.bottom || r.height > row.height * 1.6) problems.push(`header runs over two rows: ${describe(part)}`);
            }
          }
          let outside = 0;
          for (const e of document.body.querySelectorAll('*')) {
            if (outside >= 5) break;
            const r = e.getBoundingClientRect();
            if (r.width === 0 || r.height === 0 || (r.left >= -1 && r.right <= width + 1)) continue;
            if (!visible(e) || clipped(e) || e.closest('svg, [aria-hidden=true]')) continue;
            problems.push(`outside the screen (${Math.round(r.left)}..${Math.round(r.right)} of ${width}): ${describe(e)}`);
            outside++;
          }
          const text = document.body.innerText;
          for (const m of text.matchAll(/(?<![\w/.@-])(?:[a-z]+-)*[a-z]+:[a-z][a-z0-9-]*(?![\w/.@])/g)) problems.push(`raw resource key: ${m[0]}`);
          for (const m of text.matchAll(/\{\d+(?::[^}]*)?\}/g)) problems.push(`placeholder: ${m[0]}`);
          if (checkLatin) {
            const chrome = 'nav, h1, h2, h3, h4, h5, h6, button, label, th, legend, summary, .badge, a.button, caption, figcaption, dt, .tabs a';
            const content = '[data-content], [lang]:not(html), code, kbd, select, textarea, input, svg, .user, a[href^="mailto:"]';
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            const seen = new Set();
            // Acronyms and codes (FDA, CAR, mRNA, siRNA) read the same in every language.
            const acronym = /^[a-z]{0,2}[A-Z]{2,}[a-z]?$/;
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              const parent = n.parentElement;
              if (!parent || !parent.closest(chrome) || parent.closest(content) || !visible(parent)) continue;
              const words = n.textContent
                .replace(/\S+@\S+/g, ' ').replace(/https?:\/\/\S+/g, ' ').replace(/\/\S*/g, ' ')
                .match(/[A-Za-z][A-Za-z&]+/g) || [];
              for (const w of words)
                if (!allowed.includes(w) && !acronym.test(w) && !seen.has(w)) { seen.add(w); problems.push(`Latin word in the interface: "${w}" in ${describe(parent.closest(chrome))}`); }
            }
          }
          return problems;
        }
        """;
}
