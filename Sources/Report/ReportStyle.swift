/// The report page's inline style sheet: one column on a phone, positions
/// side by side from 720 px, a timeline wider than a phone scrolls
/// sideways rather than shrinking its labels; system fonts only.
enum ReportStyle {
    static let css = """
    :root{--ease:#137a3a;--tight:#b3261e;--ink:#1d232a;--muted:#5b6570;--line:#d9dee3;--card:#f6f8fa}
    *{box-sizing:border-box}
    body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:#fff}
    header,main{max-width:1100px;margin:0 auto;padding:12px 16px}
    header{border-bottom:1px solid var(--line)}
    h1{font-size:1.35rem;margin:.2em 0}
    h2{font-size:1.15rem;margin:0 0 .1em;font-family:ui-monospace,monospace}
    h3{font-size:1rem;margin:0 0 .3em}
    .sub,.meta,figcaption{color:var(--muted);font-size:.85rem}
    nav ul{list-style:none;padding:0;margin:.5em 0;display:flex;flex-wrap:wrap;gap:6px}
    nav a{display:inline-block;padding:2px 8px;border:1px solid var(--line);border-radius:12px;text-decoration:none;color:var(--ink);font-size:.85rem}
    nav a.moved{border-color:var(--ink);font-weight:600}
    section.topic{border-bottom:1px solid var(--line);padding:14px 0 18px}
    .positions{display:grid;grid-template-columns:1fr;gap:10px;margin:10px 0}
    @media (min-width:720px){.positions{grid-template-columns:repeat(auto-fit,minmax(320px,1fr))}}
    .pos{background:var(--card);border:1px solid var(--line);border-radius:6px;padding:8px 12px}
    .pos dl{margin:0;display:grid;grid-template-columns:5.5em 1fr;gap:2px 8px}
    .pos dt{color:var(--muted);font-size:.85rem}
    .pos dd{margin:0;overflow-wrap:anywhere}
    .badge{font-size:.75rem;font-weight:600;padding:1px 6px;border-radius:8px;border:1px solid var(--line);color:var(--muted);vertical-align:middle}
    .badge.easing{color:#fff;background:var(--ease);border-color:var(--ease)}
    .badge.tightening{color:#fff;background:var(--tight);border-color:var(--tight)}
    .dir.easing{color:var(--ease);font-weight:600}
    .dir.tightening{color:var(--tight);font-weight:600}
    figure{margin:8px 0;overflow-x:auto}
    svg.timeline{width:100%;min-width:520px;max-width:760px;height:auto;display:block}
    svg .axis{stroke:var(--line);stroke-width:2}
    svg .start{fill:var(--muted)}
    svg .lane,svg .tick{font-size:14px;fill:var(--muted)}
    svg .id{font-size:12px;fill:var(--ink)}
    svg .m.easing{fill:var(--ease);stroke:var(--ease)}
    svg .m.tightening{fill:var(--tight);stroke:var(--tight)}
    svg .m.announced{fill:#fff;stroke-width:2}
    svg .m.signal{fill:none;stroke-width:1.5;stroke-dasharray:2 2}
    ol.alerts{list-style:none;padding:0;margin:6px 0 0}
    ol.alerts li{border-left:4px solid var(--line);padding:4px 10px;margin:8px 0}
    ol.alerts li.easing{border-color:var(--ease)}
    ol.alerts li.tightening{border-color:var(--tight)}
    ol.alerts li.signal{border-left-style:dashed}
    ol.alerts a,ol.alerts .title{font-weight:600;overflow-wrap:anywhere}
    blockquote{margin:.25em 0 0;color:var(--ink);font-style:italic;overflow-wrap:anywhere}
    footer{max-width:1100px;margin:0 auto;padding:12px 16px;color:var(--muted);font-size:.8rem}
    """
}
