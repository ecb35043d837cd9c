/// The page's inline style sheet and script: no fonts, images or scripts from anywhere else.
/// Sides are told apart by a colour-blind-safe tint (Okabe–Ito), a border style and a text
/// tag; loaded terms by weight and underline style; so nothing rests on colour alone.
enum HTMLPageStyle {
    static let css = """
        :root{--ink:#1a1a1a;--muted:#595959;--paper:#fff;--loaded:#fdd9c4;--loaded-line:#b03a00;
        --s0:#d4e6f5;--s0-line:#0072b2;--s1:#fce6bd;--s1-line:#a35f00;--s2:#d3efe4;--s2-line:#00785a;
        --s3:#f4dcea;--s3-line:#a3467c;--su:#ececec;--su-line:#666}
        *{box-sizing:border-box}
        body{font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--paper);
        margin:0 auto;max-width:82rem;padding:1rem 1.5rem 3rem}
        h1{font-size:1.55rem;margin:.4rem 0}h2{font-size:1.2rem;margin:1.6rem 0 .5rem}h3{font-size:1rem;margin:.6rem 0 .3rem}
        .meta{color:var(--muted);font-size:.9rem;margin:.2rem 0}
        nav a{margin-right:.8rem}
        .verdict-line{font-weight:700;border-left:6px double var(--ink);padding-left:.6rem}
        .layout{display:grid;grid-template-columns:minmax(0,1fr) 21rem;gap:1.5rem;align-items:start}
        @media (max-width:62rem){.layout{grid-template-columns:1fr}}
        .text{white-space:pre-wrap;font-family:Georgia,"Times New Roman",serif;font-size:1.08rem;line-height:2;margin:0;
        overflow-wrap:break-word}
        aside{position:sticky;top:.8rem;font-size:.88rem}
        .panel{border:2px solid var(--ink);border-radius:4px;padding:.4rem .8rem;margin-bottom:1rem;background:#fafafa}
        .panel dl,.rule dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem .6rem;margin:.3rem 0}
        dt{font-weight:700}dd{margin:0}
        .legend ul{list-style:none;padding:0;margin:.3rem 0}.legend li{margin:.35rem 0}
        mark{background:none;color:inherit;position:relative;padding:0}
        mark[tabindex]{cursor:pointer}
        mark:focus,mark.active{outline:3px solid var(--ink);outline-offset:2px}
        .finding{text-decoration:underline solid var(--muted) 1px;text-underline-offset:.25em}
        .cat-hedge,.cat-caveat,.cat-causal,.cat-individuation{text-decoration-style:dotted}
        .finding.loaded.editorial{background:var(--loaded);font-weight:700;text-decoration:underline wavy var(--loaded-line) 2px}
        .finding.loaded.attributed{text-decoration:underline dashed var(--loaded-line) 2px}
        .finding.loaded.quoted{text-decoration:underline dotted var(--loaded-line) 2px}
        .speech,.speaker{border-bottom:3px solid var(--su-line);background:var(--su)}
        .speaker{font-weight:600;border-top:1px solid var(--su-line)}
        .side-0{background:var(--s0);border-color:var(--s0-line);border-bottom-style:solid}
        .side-1{background:var(--s1);border-color:var(--s1-line);border-bottom-style:double;border-bottom-width:4px}
        .side-2{background:var(--s2);border-color:var(--s2-line);border-bottom-style:dashed}
        .side-3{background:var(--s3);border-color:var(--s3-line);border-bottom-style:dotted}
        .side-u{background:var(--su);border-color:var(--su-line);border-bottom-style:solid;border-bottom-width:1px}
        .casualty{background:none;border:2px solid var(--ink);border-radius:3px;padding:0 .1em}
        .casualty.agency-agentless-passive,.casualty.agency-intransitive,.casualty.agency-nominal{border-style:dashed}
        .dropped{text-decoration:line-through;color:var(--muted)}
        [data-tag]::after{content:attr(data-tag);font:600 .62rem/1 system-ui,sans-serif;vertical-align:super;
        margin-left:.2em;padding:0 .25em;border:1px solid currentColor;border-radius:2px;white-space:nowrap;color:var(--ink);
        background:var(--paper)}
        .speech:hover::before,.speech:focus::before,.speaker:hover::before,.speaker:focus::before{
        content:"Speaker: " attr(data-speaker);position:absolute;left:0;bottom:100%;z-index:2;white-space:nowrap;
        background:var(--ink);color:var(--paper);font:600 .75rem/1.3 system-ui,sans-serif;padding:.15rem .4rem;border-radius:3px}
        .table{overflow-x:auto}
        table{border-collapse:collapse;font-size:.86rem;margin:.4rem 0 .8rem;min-width:50%}
        caption{text-align:left;font-weight:700;padding:.2rem 0}
        th,td{border:1px solid #bbb;padding:.25rem .45rem;text-align:left;vertical-align:top}
        th{background:#f0f0f0}
        .rule{border-top:1px solid #ccc;padding-top:.3rem}
        @media print{
        body{max-width:none;padding:0;font-size:10.5pt}
        nav,aside .panel{display:none}
        .layout{display:block}aside{position:static}
        .text{font-size:11pt;line-height:1.8}
        .speech,.speaker,.finding.loaded.editorial,.side-0,.side-1,.side-2,.side-3,.side-u{background:none}
        a{color:inherit;text-decoration:none}
        tr{break-inside:avoid}h2{break-after:avoid}
        }
        """

    /// Click, keyboard focus or a link to a mark fills the details panel with its explanation and the
    /// notes (rationale, source, alternatives) of its rules, copied from the rules section.
    static let script = """
        (function () {
          var body = document.getElementById("details-body");
          var active = null;
          function show(mark) {
            if (mark.dataset.of) { mark = document.getElementById(mark.dataset.of) || mark; }
            if (active) { active.classList.remove("active"); }
            active = mark;
            mark.classList.add("active");
            body.textContent = "";
            var heading = document.createElement("h3");
            heading.textContent = mark.textContent;
            body.appendChild(heading);
            var explanation = document.createElement("p");
            explanation.textContent = mark.title;
            body.appendChild(explanation);
            (mark.dataset.rule || "").split(" ").forEach(function (id) {
              var note = id ? document.getElementById("rule-" + id) : null;
              if (note) { body.appendChild(note.cloneNode(true)).removeAttribute("id"); }
            });
          }
          function markOf(event) {
            return event.target.closest ? event.target.closest("[data-kind]") : null;
          }
          document.addEventListener("focusin", function (event) { var mark = markOf(event); if (mark) { show(mark); } });
          document.addEventListener("click", function (event) { var mark = markOf(event); if (mark) { show(mark); } });
          // "page.html#f3" (and the tables' links) open with that mark's details shown.
          function fromHash() {
            var target = location.hash ? document.getElementById(location.hash.slice(1)) : null;
            if (target && target.dataset.kind) { show(target); }
          }
          window.addEventListener("hashchange", fromHash);
          fromHash();
        })();
        """
}
