/* Signpost: filter "You said, we did" by theme and by what happened.
   The page works fully without this script: every reply is listed under its theme. */
(function () {
  "use strict";
  var form = document.querySelector("[data-app-filter]");
  if (!form) {
    return;
  }
  var entries = Array.prototype.slice.call(document.querySelectorAll("[data-said]"));
  var groups = Array.prototype.slice.call(document.querySelectorAll("[data-said-group]"));
  var count = form.querySelector("[data-app-filter-count]");

  function apply() {
    var theme = form.elements.theme.value;
    var status = form.elements.status.value;
    var shown = 0;
    entries.forEach(function (entry) {
      var show = (!theme || entry.getAttribute("data-theme") === theme) &&
        (!status || entry.getAttribute("data-status") === status);
      entry.parentNode.hidden = !show;
      shown += show ? 1 : 0;
    });
    groups.forEach(function (group) {
      group.hidden = !group.querySelector("li:not([hidden])");
    });
    count.textContent = shown === entries.length
      ? "Showing all " + shown + " replies."
      : "Showing " + shown + " of " + entries.length + " replies.";
  }

  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    apply();
  });
  form.hidden = false;
  apply();
})();
