// Keeps a half-filled questionnaire across reloads, in this browser only (localStorage).
// Without this script the form works the same; answers are simply not remembered.
(function () {
  "use strict";
  var form = document.querySelector("form[data-resume]");
  if (!form) return;
  var storage;
  try { storage = window.localStorage; } catch (e) { return; }
  if (!storage) return;
  var key = "ea:draft:" + form.getAttribute("data-resume");
  // The answers: every visible field (hidden ones carry the antiforgery token and the result being adjusted).
  var fields = form.querySelectorAll("input:not([type=hidden])");

  // Restore only into an untouched form: never over answers the server rendered (errors, "adjust answers").
  var untouched = Array.prototype.every.call(fields, function (f) {
    return (f.type === "radio" || f.type === "checkbox") ? (!f.checked || f.value === "") : f.value === "";
  });
  if (untouched) {
    var saved = {};
    try { saved = JSON.parse(storage.getItem(key) || "{}") || {}; } catch (e) { saved = {}; }
    fields.forEach(function (f) {
      if (!(f.name in saved)) return;
      if (f.type === "radio") { f.checked = f.value === saved[f.name]; } else { f.value = saved[f.name]; }
    });
  }

  function save() {
    var data = {};
    fields.forEach(function (f) {
      if (f.type === "radio") { if (f.checked) data[f.name] = f.value; } else { data[f.name] = f.value; }
    });
    try { storage.setItem(key, JSON.stringify(data)); } catch (e) { /* storage full or blocked */ }
  }
  form.addEventListener("input", save);
  form.addEventListener("change", save);
  form.addEventListener("submit", function () { try { storage.removeItem(key); } catch (e) { /* ignore */ } });
})();
