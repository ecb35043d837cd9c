/// The page at `/`: a person pastes an article and reads its report. Self-contained: inline
/// style and script, and no request leaves for anywhere but this service (its CSP says so).
enum ServicePage {
    static let html = #"""
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; connect-src 'self'; frame-src 'self' about:; img-src data:">
        <title>slant: audit an article</title>
        <style>
        body { font: 16px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; }
        h1 { font-size: 1.5rem; }
        label { font-weight: 600; margin-right: .5rem; }
        textarea { width: 100%; min-height: 16rem; font: inherit; padding: .5rem; box-sizing: border-box; }
        .controls { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; margin: .75rem 0; }
        button { font: inherit; padding: .4rem 1.2rem; }
        pre { white-space: pre-wrap; background: #f4f4f4; padding: 1rem; overflow-x: auto; }
        iframe { width: 100%; min-height: 40rem; border: 1px solid #ccc; }
        .error { color: #8a1010; font-weight: 600; }
        </style>
        </head>
        <body>
        <h1>slant: audit how an article frames a conflict</h1>
        <p>Paste an article, choose how it is written and the report you want. Nothing is stored.</p>
        <form id="audit">
        <label for="article">Article</label>
        <textarea id="article" name="article" required></textarea>
        <div class="controls">
        <span><label for="markup">Written as</label>
        <select id="markup"><option value="text/plain">plain text</option><option value="text/markdown">Markdown</option><option value="text/html">HTML</option></select></span>
        <span><label for="format">Report</label>
        <select id="format"><option value="html" selected>annotated page</option><option value="markdown">Markdown</option><option value="json">JSON</option></select></span>
        <button type="submit">Audit</button>
        </div>
        </form>
        <div id="status" role="status" aria-live="polite"></div>
        <div id="result"></div>
        <script>
        const form = document.getElementById('audit');
        form.addEventListener('submit', async (event) => {
          event.preventDefault();
          const status = document.getElementById('status');
          const result = document.getElementById('result');
          const format = document.getElementById('format').value;
          status.textContent = 'Auditing…';
          status.className = '';
          result.replaceChildren();
          try {
            const response = await fetch('/v1/audit?format=' + format, {
              method: 'POST',
              headers: { 'Content-Type': document.getElementById('markup').value + '; charset=utf-8' },
              body: document.getElementById('article').value,
            });
            const text = await response.text();
            if (!response.ok) {
              let message = text;
              try { message = JSON.parse(text).error.message; } catch (ignored) {}
              status.textContent = 'Not audited: ' + message;
              status.className = 'error';
              return;
            }
            status.textContent = '';
            if (format === 'html') {
              const frame = document.createElement('iframe');
              frame.setAttribute('sandbox', 'allow-scripts');
              frame.title = 'Annotated article';
              frame.srcdoc = text;
              result.append(frame);
            } else {
              const pre = document.createElement('pre');
              pre.textContent = text;
              result.append(pre);
            }
          } catch (error) {
            status.textContent = 'The service did not answer: ' + error;
            status.className = 'error';
          }
        });
        </script>
        </body>
        </html>

        """#
}
