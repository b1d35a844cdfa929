/* Listen: the browser reads easy read text aloud, one idea at a time, with its own speech
   (the Web Speech API). Nothing is sent to any other site. Without speech in the browser the
   buttons stay hidden. The idea being read is outlined; Pause (a toggle, aria-pressed) and
   Stop control it; a polite live region says only when reading starts, pauses or stops, so
   it does not talk over a screen reader. */
(function () {
  "use strict";

  var synth = window.speechSynthesis;
  if (!synth || typeof window.SpeechSynthesisUtterance !== "function") {
    return;
  }
  var reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  var CURRENT = "app-listen-current";

  Array.prototype.forEach.call(document.querySelectorAll("[data-app-listen]"), setUp);

  function setUp(box) {
    var area = document.querySelector(box.getAttribute("data-app-listen"));
    if (!area) {
      return;
    }
    var play = box.querySelector("[data-app-listen-play]");
    var pause = box.querySelector("[data-app-listen-pause]");
    var stop = box.querySelector("[data-app-listen-stop]");
    var status = box.querySelector("[data-app-listen-status]");
    var run = 0;
    var paused = false;

    box.hidden = false;
    play.addEventListener("click", start);
    pause.addEventListener("click", togglePause);
    stop.addEventListener("click", function () {
      finish("Stopped.");
      play.focus();
    });
    window.addEventListener("pagehide", function () {
      finish("");
    });

    function ideas() {
      return Array.prototype.filter.call(area.querySelectorAll("h1, h2, h3, p, li"), function (el) {
        return words(el) && !el.querySelector("p, li");
      });
    }

    function start() {
      synth.cancel();
      run += 1;
      paused = false;
      show(true);
      announce("Reading aloud.");
      speak(ideas(), 0, run);
    }

    function speak(items, index, token) {
      if (token !== run) {
        return;
      }
      if (index >= items.length) {
        var hadFocus = box.contains(document.activeElement);
        finish("Finished reading.");
        if (hadFocus) {
          play.focus();
        }
        return;
      }
      highlight(items[index]);
      var utterance = new window.SpeechSynthesisUtterance(words(items[index]));
      utterance.lang = document.documentElement.lang || "en";
      utterance.onend = function () {
        speak(items, index + 1, token);
      };
      utterance.onerror = function (event) {
        // Stopping or starting again cancels the utterance: that is not a failure.
        if (token === run && event.error !== "interrupted" && event.error !== "canceled") {
          finish("Sorry, reading aloud stopped.");
        }
      };
      synth.speak(utterance);
    }

    function togglePause() {
      paused = !paused;
      if (paused) {
        synth.pause();
      } else {
        synth.resume();
      }
      pause.setAttribute("aria-pressed", paused ? "true" : "false");
      announce(paused ? "Paused." : "Reading aloud.");
    }

    function finish(message) {
      run += 1;
      paused = false;
      synth.cancel();
      highlight(null);
      show(false);
      announce(message);
    }

    function show(reading) {
      pause.hidden = !reading;
      stop.hidden = !reading;
      pause.setAttribute("aria-pressed", "false");
    }

    function highlight(element) {
      Array.prototype.forEach.call(area.querySelectorAll("." + CURRENT), function (el) {
        el.classList.remove(CURRENT);
      });
      if (element) {
        element.classList.add(CURRENT);
        element.scrollIntoView({ block: "nearest", behavior: reduceMotion ? "auto" : "smooth" });
      }
    }

    function announce(message) {
      status.textContent = message;
    }
  }

  function words(element) {
    return element.textContent.replace(/\s+/g, " ").trim();
  }
})();
