// Workshop pages: live without reloading. The server sends "changed" over server-sent events (ADR 0029); this fetches
// the page again and swaps in each [data-live] region whose server-drawn content changed. A region holding the focus (a
// field, or the button that sends it) waits until focus leaves it, and unchanged regions are left alone, so nobody loses
// what they are typing.
// Without JavaScript (or EventSource) the page says to reload, and reloading shows the same.
(function () {
  "use strict";
  var root = document.querySelector("[data-events]");
  if (!root || !window.EventSource || !window.fetch || !window.DOMParser) return;
  var drawn = {};
  function key(region) {
    var copy = region.cloneNode(true);
    // Antiforgery tokens differ on every render; they are not content.
    copy.querySelectorAll("input[name='__RequestVerificationToken']").forEach(function (input) { input.remove(); });
    return copy.outerHTML;
  }
  function regions(doc) { return Array.prototype.slice.call(doc.querySelectorAll("[data-live]")); }
  regions(document).forEach(function (region) { drawn[region.id] = key(region); });

  var fetching = false, again = false, waiting = {};
  // Focus anywhere inside holds a region, a button included: someone who types a value and tabs (or presses the mouse)
  // on to the form's button is still using it, and swapping the region then would wipe the value and drop the focus.
  function busy(region) {
    var active = document.activeElement;
    return !!active && active !== document.body && region.contains(active);
  }
  function refresh() {
    if (fetching) { again = true; return; }
    fetching = true;
    fetch(location.pathname + location.search, { credentials: "same-origin", headers: { "Accept": "text/html" } })
      .then(function (response) {
        // Deleted (410) or gone: show it as a reload would.
        if (response.status === 404 || response.status === 410) { location.reload(); return null; }
        return response.ok ? response.text() : null;
      })
      .then(function (html) {
        if (!html) return;
        var doc = new DOMParser().parseFromString(html, "text/html");
        regions(document).forEach(function (region) {
          var fresh = doc.getElementById(region.id);
          if (!fresh || key(fresh) === drawn[region.id]) return;
          if (busy(region)) {
            if (!waiting[region.id]) {
              waiting[region.id] = true;
              region.addEventListener("focusout", function later() {
                region.removeEventListener("focusout", later);
                waiting[region.id] = false;
                setTimeout(refresh, 0);
              });
            }
            return;
          }
          drawn[region.id] = key(fresh);
          region.replaceWith(document.importNode(fresh, true));
        });
        var summary = doc.getElementById("answered-summary");
        var status = document.getElementById("live-status");
        if (status) status.textContent = summary ? "Updated: " + summary.textContent : "Updated.";
      })
      .catch(function () { /* the next change, or a reload, brings it */ })
      .then(function () {
        fetching = false;
        if (again) { again = false; refresh(); }
      });
  }

  var source = new EventSource(root.getAttribute("data-events"));
  var lost = false;
  source.addEventListener("ready", function () {
    var hint = document.querySelector("[data-live-hint]");
    if (hint) hint.hidden = true;
    // After a lost connection, changes may have been missed.
    if (lost) { lost = false; refresh(); }
  });
  source.addEventListener("changed", refresh);
  source.addEventListener("error", function () { lost = true; });
})();
