// Live points in the weights editor: the figure under each affinity is what that answer adds to a model's score with
// every question answered, importance × affinity ÷ the sum of all importances × the table's data-points-per-unit
// (Core's Scorer.AnswerPoints for 1, 1, 1; the page computes the same on the server, so without this script the
// figures are right after each Preview).
(function () {
  "use strict";
  var form = document.getElementById("weights-form");
  var table = form && form.querySelector("table[data-points-per-unit]");
  if (!table) return;
  var perUnit = Number(table.getAttribute("data-points-per-unit"));
  var totalText = document.getElementById("total-importance");
  var importance = function (f) {
    var input = form.elements.namedItem("Form.Factors[" + f + "].Importance");
    var value = input ? Number(input.value) : 0;
    return isFinite(value) && value > 0 ? value : 0;
  };
  var signed = function (points) {
    var text = Math.abs(points).toFixed(1);
    return (text === "0.0" ? "" : points > 0 ? "+" : "\u2212") + text + " points";
  };
  var update = function () {
    var spans = form.querySelectorAll(".points[data-factor]");
    var total = 0;
    var seen = {};
    spans.forEach(function (span) {
      var f = span.getAttribute("data-factor");
      if (!seen[f]) { seen[f] = true; total += importance(f); }
    });
    spans.forEach(function (span) {
      var input = document.getElementById(span.id.replace(/-points$/, ""));
      var affinity = input ? Number(input.value) : 0;
      var points = total === 0 || !isFinite(affinity) ? 0 : perUnit * importance(span.getAttribute("data-factor")) * affinity / total;
      span.textContent = signed(points);
    });
    if (totalText) totalText.textContent = String(total);
  };
  // Leaving with edits nobody saved asks first; saving, previewing or adding a rule posts the form and does not.
  var dirty = false;
  form.addEventListener("input", function (event) {
    dirty = true;
    var name = event.target && event.target.name || "";
    if (/^Form\.Factors\[\d+\]\./.test(name)) update();
  });
  form.addEventListener("change", function () { dirty = true; });
  form.addEventListener("submit", function () { dirty = false; });
  window.addEventListener("beforeunload", function (event) {
    if (!dirty) return;
    event.preventDefault();
    event.returnValue = "";
  });
})();
