// Copy-link buttons: hidden until this script shows them, since without JavaScript they could do nothing.
(function () {
  "use strict";
  document.querySelectorAll("button[data-copy]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      var text = button.getAttribute("data-copy");
      var done = function () { button.textContent = "Link copied"; };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(text).then(done, function () { fallback(); });
      } else { fallback(); }
      function fallback() {
        var input = document.getElementById(button.getAttribute("aria-controls"));
        if (input) { input.select(); try { document.execCommand("copy"); done(); } catch (e) { /* user can copy by hand */ } }
      }
    });
  });
  // Print buttons, same reasoning.
  document.querySelectorAll("button[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
})();
