// Refreshes the newsticker in place every minute from its HTML fragment.
(function () {
  "use strict";
  var REFRESH_MS = 60000;

  function refresh() {
    var ticker = document.querySelector("[data-ticker-url]");
    if (!ticker || document.hidden) return;
    fetch(ticker.getAttribute("data-ticker-url"), { credentials: "omit" })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (!html) return;
        var fresh = new DOMParser().parseFromString(html, "text/html").querySelector("[data-ticker-url]");
        if (fresh) ticker.replaceWith(fresh);
      })
      .catch(function () { /* keep the ticker as it is until the next try */ });
  }

  setInterval(refresh, REFRESH_MS);
})();
