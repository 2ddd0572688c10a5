// Photo galleries: one photo at a time, paged by buttons, arrow keys and swipes. media.css
// lays a gallery out paged from the first paint wherever scripts run; this script moves the
// current photo. A browser that cannot tell whether scripts run keeps every photo in the
// page's flow, one under the other, as it does without scripts.
(function () {
  "use strict";
  var SWIPE = 40; // pixels a pointer travels before it counts as a swipe
  var PAGED = "(scripting: enabled)"; // the media query under which media.css pages galleries
  var CURRENT = "gallery__photo--current";

  function enhance(gallery) {
    var photos = Array.from(gallery.querySelectorAll(".gallery__photo"));
    var controls = gallery.querySelector(".gallery__controls");
    var status = gallery.querySelector(".gallery__status");
    var previous = gallery.querySelector(".gallery__button--previous");
    var next = gallery.querySelector(".gallery__button--next");
    var list = gallery.querySelector(".gallery__photos");
    var current = 0;
    var start = null;
    if (photos.length < 2 || !controls) return;

    function show(index) {
      current = Math.max(0, Math.min(photos.length - 1, index));
      photos.forEach(function (photo, position) {
        photo.classList.toggle(CURRENT, position === current);
      });
      previous.disabled = current === 0;
      next.disabled = current === photos.length - 1;
      status.textContent = gallery.dataset.status
        .replace("{current}", current + 1)
        .replace("{total}", photos.length);
      var image = photos[current].querySelector("img");
      if (image) image.loading = "eager";
    }

    gallery.classList.add("gallery--paged");
    controls.hidden = false;
    list.tabIndex = 0;
    list.setAttribute("aria-label", gallery.getAttribute("aria-label"));
    previous.addEventListener("click", function () {
      show(current - 1);
      if (previous.disabled) next.focus();
    });
    next.addEventListener("click", function () {
      show(current + 1);
      if (next.disabled) previous.focus();
    });
    gallery.addEventListener("keydown", function (event) {
      var keys = { ArrowLeft: current - 1, ArrowRight: current + 1, Home: 0, End: photos.length - 1 };
      if (!(event.key in keys) || event.altKey || event.ctrlKey || event.metaKey) return;
      event.preventDefault();
      show(keys[event.key]);
    });
    list.addEventListener("pointerdown", function (event) {
      start = event.clientX;
    });
    list.addEventListener("pointerup", function (event) {
      if (start === null) return;
      var distance = event.clientX - start;
      start = null;
      if (Math.abs(distance) >= SWIPE) show(current + (distance < 0 ? 1 : -1));
    });
    list.addEventListener("pointercancel", function () {
      start = null;
    });
    show(0);
  }

  if (window.matchMedia(PAGED).matches) document.querySelectorAll(".gallery").forEach(enhance);
})();
