// Keeps checklist ticks across reloads, in this browser only (localStorage).
// The page works without this script: the boxes can still be ticked, they are just not remembered.
(function () {
  "use strict";
  var storage;
  try { storage = window.localStorage; } catch (e) { return; }
  if (!storage) return;
  document.querySelectorAll("[data-checklist-scope]").forEach(function (list) {
    // A result page keeps its per-result key on a wrapper, outside the HTML it shares with other results.
    var keyed = list.closest("[data-checklist-key]");
    var key = "ea:checklist:" + (keyed ? keyed.getAttribute("data-checklist-key") : list.getAttribute("data-checklist-scope"));
    var ticked = {};
    try { ticked = JSON.parse(storage.getItem(key) || "{}") || {}; } catch (e) { ticked = {}; }
    list.querySelectorAll("input[type=checkbox][data-check]").forEach(function (box) {
      var id = box.getAttribute("data-check");
      box.checked = ticked[id] === true;
      box.addEventListener("change", function () {
        if (box.checked) { ticked[id] = true; } else { delete ticked[id]; }
        try { storage.setItem(key, JSON.stringify(ticked)); } catch (e) { /* storage full or blocked: ticks stay for this visit */ }
      });
    });
  });
})();
