// The live channel: one connection per open page to its edition's events, by Server-Sent
// Events or, where no stream can be held, by polling at the interval the server sets. Each
// event reaches the page's live parts as a "live:<type>" DOM event; "live:reset" asks them
// to reload what they show, after a gap too long to catch up on event by event.
// Parts carry data-live-since: the last event their content reflects.
(function () {
  "use strict";
  var HIDDEN_GRACE_MS = 60000; // a hidden tab gives up its stream after this
  var HIDDEN_POLL_FACTOR = 4; // a polling hidden tab polls this much less often
  var STREAM_RETRY_MS = [30000, 60000, 120000, 300000, 600000]; // after a refused stream
  var body = document.body;
  var streamUrl = body.getAttribute("data-live-stream");
  var eventsUrl = body.getAttribute("data-live-events");
  if (!streamUrl || !eventsUrl) return;

  var lastId = lowestSince();
  var source = null;
  var polling = !window.EventSource;
  var pollSeconds = parseInt(body.getAttribute("data-live-poll"), 10) || 15;
  var pollTimer = null;
  var hiddenTimer = null;
  var retryTimer = null;
  var retries = 0;

  function lowestSince() {
    var lowest = null;
    document.querySelectorAll("[data-live-since]").forEach(function (part) {
      var value = parseInt(part.getAttribute("data-live-since"), 10);
      if (isFinite(value) && (lowest === null || value < lowest)) lowest = value;
    });
    return lowest;
  }

  function dispatch(message) {
    if (message.id) lastId = Math.max(lastId || 0, message.id);
    document.dispatchEvent(new CustomEvent("live:" + message.type, { detail: message }));
  }

  function openStream() {
    source = new EventSource(streamUrl + (lastId === null ? "" : "?since=" + lastId));
    source.onopen = function () {
      polling = false;
      retries = 0;
      clearTimeout(pollTimer);
    };
    source.onmessage = function (event) { dispatch(JSON.parse(event.data)); };
    source.onerror = function () {
      // A closed source will not reconnect: the server had no stream for us (204 under a
      // development server, 503 when full, 502 while it restarts). Polling takes over,
      // and the stream is tried again later and later.
      if (source && source.readyState === EventSource.CLOSED) {
        source = null;
        polling = true;
        schedulePoll(0);
        clearTimeout(retryTimer);
        retryTimer = setTimeout(function () {
          if (!source && !document.hidden) openStream();
        }, STREAM_RETRY_MS[Math.min(retries++, STREAM_RETRY_MS.length - 1)]);
      }
    };
  }

  function applyPoll(data) {
    pollSeconds = data.poll || pollSeconds;
    if (lastId === null || data.last <= lastId) {
      lastId = Math.max(lastId || 0, data.last);
      return;
    }
    if (lastId < data.after) {
      dispatch({ type: "reset" });
    } else {
      data.events.forEach(function (message) { if (message.id > lastId) dispatch(message); });
    }
    lastId = Math.max(lastId, data.last);
  }

  function poll() {
    fetch(eventsUrl, { credentials: "omit" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) { if (data) applyPoll(data); })
      .catch(function () { /* try again at the next poll */ })
      .then(function () { schedulePoll(); });
  }

  function schedulePoll(milliseconds) {
    clearTimeout(pollTimer);
    if (milliseconds === undefined) {
      milliseconds = pollSeconds * 1000 * (document.hidden ? HIDDEN_POLL_FACTOR : 1);
    }
    pollTimer = setTimeout(poll, milliseconds);
  }

  function connect() {
    if (polling) schedulePoll(0);
    else if (!source) openStream();
  }

  document.addEventListener("visibilitychange", function () {
    clearTimeout(hiddenTimer);
    if (!document.hidden) return connect();
    // A hidden tab gives up its stream after a while and catches up when shown again.
    hiddenTimer = setTimeout(function () {
      if (source) {
        source.close();
        source = null;
      }
    }, HIDDEN_GRACE_MS);
  });

  function start() {
    if (polling) schedulePoll(pollSeconds * 1000);
    else openStream();
  }

  // Once every script of the page listens (they are deferred like this one).
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
