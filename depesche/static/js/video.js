// Videos on other sites: the page shows a local poster; the third party's player is
// inserted only when the reader presses play, so nothing is asked of that site before.
(function () {
  "use strict";

  function play(facade) {
    var frame = document.createElement("iframe");
    frame.src = facade.dataset.player;
    frame.title = facade.dataset.title;
    frame.className = "video-facade__frame";
    frame.allow = "autoplay; encrypted-media; fullscreen; picture-in-picture";
    frame.allowFullscreen = true;
    frame.referrerPolicy = "strict-origin-when-cross-origin";
    facade.replaceChildren(frame);
    facade.classList.add("video-facade--playing");
    frame.focus();
  }

  document.querySelectorAll(".video-facade").forEach(function (facade) {
    var link = facade.querySelector(".video-facade__play");
    if (!link || !facade.dataset.player) return;
    var button = document.createElement("button");
    button.type = "button";
    button.className = link.className;
    button.append.apply(button, Array.from(link.childNodes));
    link.replaceWith(button);
    button.addEventListener("click", function () {
      play(facade);
    });
  });
})();
