// Sends the read beacon of this story once the page is really shown to a reader, then shows
// the fresh total. Prerendered or background tabs send it only when they become visible.
(function () {
  "use strict";
  var counter = document.querySelector("[data-read-url]");
  if (!counter) return;
  // A random receipt for this page view: a beacon retried after a lost answer counts once.
  var receipt = Array.prototype.map
    .call(crypto.getRandomValues(new Uint8Array(16)), function (b) {
      return ("0" + b.toString(16)).slice(-2);
    })
    .join("");
  var url = counter.getAttribute("data-read-url") + "?receipt=" + receipt;
  var display = counter.querySelector("data");

  function show(result) {
    if (!result || typeof result.reads !== "number") return;
    display.value = String(result.reads);
    display.textContent = String(result.reads);
  }

  function beacon() {
    // The beacon API cannot read the answer, so it is the fallback, not the first choice.
    if (navigator.sendBeacon) navigator.sendBeacon(url);
  }

  function send() {
    if (!window.fetch) return beacon();
    fetch(url, { method: "POST", keepalive: true, credentials: "omit", cache: "no-store" })
      .then(function (response) {
        if (response.ok) return response.json();
        if (response.status >= 500) beacon(); // not recorded: try once more, same receipt
        return null;
      })
      .then(show, beacon);
  }

  function whenVisible() {
    if (document.visibilityState === "visible") return send();
    document.addEventListener("visibilitychange", function onChange() {
      if (document.visibilityState !== "visible") return;
      document.removeEventListener("visibilitychange", onChange);
      send();
    });
  }

  if (document.prerendering) {
    document.addEventListener("prerenderingchange", whenVisible, { once: true });
  } else {
    whenVisible();
  }
})();
