// The breaking-news banner: alerts arrive from the live channel (live.js) and leave at the
// time each carries, also on a page served from a cache after its alert ended. A new
// alert is told to screen readers politely.
(function () {
  "use strict";
  var MAX_TIMEOUT_MS = 2147483647;
  var timers = [];

  function slot() {
    return document.querySelector("[data-breaking]");
  }

  function removeEnded(alerts) {
    var now = Date.now();
    timers.forEach(clearTimeout);
    timers = [];
    alerts.querySelectorAll("[data-ends]").forEach(function (alert) {
      var left = Date.parse(alert.getAttribute("data-ends")) - now;
      if (!(left > 0)) alert.remove();
      else timers.push(setTimeout(function () { alert.remove(); }, Math.min(left, MAX_TIMEOUT_MS)));
    });
  }

  function show(html) {
    var current = slot();
    if (!current) return;
    var alerts = current.querySelector(".breaking-slot__alerts");
    var known = {};
    alerts.querySelectorAll("[data-alert]").forEach(function (alert) {
      known[alert.getAttribute("data-alert")] = true;
    });
    var template = document.createElement("template");
    template.innerHTML = html;
    alerts.replaceChildren(template.content);
    removeEnded(alerts);
    var newest = alerts.querySelector("[data-alert]");
    if (newest && !known[newest.getAttribute("data-alert")]) {
      current.querySelector("[data-breaking-status]").textContent =
        current.getAttribute("data-announce") + " " +
        newest.querySelector(".breaking__link, .breaking__text").textContent;
    }
  }

  function reload() {
    var current = slot();
    if (!current) return;
    fetch(current.getAttribute("data-breaking-url"), { credentials: "omit" })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) { if (html !== null) show(html); })
      .catch(function () { /* keep the banner as it is */ });
  }

  document.addEventListener("live:breaking", function (event) { show(event.detail.html); });
  document.addEventListener("live:reset", reload);
  var current = slot();
  if (current) removeEnded(current.querySelector(".breaking-slot__alerts"));
})();
