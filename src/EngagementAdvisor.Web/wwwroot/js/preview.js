// Impact preview with progress and Cancel. Without this script the Preview button posts the form and the page comes
// back with the preview once every stored result is re-scored; with it, the same form is posted to a handler that
// streams "progress CHECKED TOTAL" lines and then the preview's HTML, which replaces #preview-area.
(function () {
  "use strict";
  var button = document.getElementById("preview-button");
  var area = document.getElementById("preview-area");
  if (!button || !area || !window.fetch || !window.TextDecoderStream || !window.AbortController) return;
  var form = button.form;
  var plainSubmit = false;

  button.addEventListener("click", function (event) {
    if (plainSubmit) return;
    event.preventDefault();
    var controller = new AbortController();
    var status = document.createElement("div");
    status.className = "panel preview-progress";
    status.id = "preview-progress";
    var label = document.createElement("p");
    label.id = "preview-progress-label";
    label.textContent = "Re-scoring the stored results…";
    var bar = document.createElement("progress");
    bar.setAttribute("aria-labelledby", label.id);
    var cancel = document.createElement("button");
    cancel.type = "button";
    cancel.className = "button";
    cancel.id = "preview-cancel";
    cancel.textContent = "Cancel";
    cancel.addEventListener("click", function () { controller.abort(); });
    status.append(label, bar, cancel);
    area.replaceChildren(status);
    button.disabled = true;

    var number = function (n) { return Number(n).toLocaleString("en-US"); };
    fetch(button.getAttribute("data-stream"), { method: "POST", body: new FormData(form), signal: controller.signal })
      .then(function (response) {
        if (!response.ok) {
          // An invalid draft: the plain post shows what to correct.
          plainSubmit = true;
          button.disabled = false;
          button.click();
          return null;
        }
        var reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        var buffer = "";
        var html = null;
        var read = function () {
          return reader.read().then(function (chunk) {
            if (chunk.done) return html;
            buffer += chunk.value;
            if (html === null) {
              var end;
              while (html === null && (end = buffer.indexOf("\n")) >= 0) {
                var line = buffer.slice(0, end);
                buffer = buffer.slice(end + 1);
                if (line === "--preview--") { html = ""; break; }
                var match = /^progress (\d+) (\d+)$/.exec(line);
                if (match) {
                  bar.max = Math.max(1, Number(match[2]));
                  bar.value = Number(match[1]);
                  label.textContent = "Checked " + number(match[1]) + " of " + number(match[2]) + " stored results…";
                }
              }
            }
            if (html !== null) { html += buffer; buffer = ""; }
            return read();
          });
        };
        return read();
      })
      .then(function (html) {
        if (html === null || html === undefined) return;
        area.innerHTML = html;
        button.disabled = false;
        var heading = document.getElementById("preview-heading");
        if (heading) { heading.tabIndex = -1; heading.focus(); }
      })
      .catch(function (error) {
        button.disabled = false;
        var message = document.createElement("p");
        message.id = "preview-stopped";
        message.textContent = error && error.name === "AbortError"
          ? "Preview cancelled. Nothing was saved."
          : "The preview stopped before it finished. Nothing was saved; try again.";
        area.replaceChildren(message);
      });
  });
})();
