// dreamcontent serve: a little plain JavaScript on top of server-rendered pages.
// Everything works without it; this adds the hover explanations, the link between the
// highlighted text and the side panel, jumping to a line in the dream file, and the like.
"use strict";

(function () {
  function $(selector, root) { return (root || document).querySelector(selector); }
  function $$(selector, root) { return Array.from((root || document).querySelectorAll(selector)); }

  // ------------------------------------------------------------------ Schrijfcheck

  function setupSchrijfcheck() {
    var text = $("#gemarkeerd");
    var tip = $("#uitleg");
    var teller = $("#teller");
    var invoer = $("#tekst");

    if (invoer && teller) {
      var max = parseInt(teller.dataset.max, 10);
      var update = function () {
        var n = invoer.value.length;
        teller.textContent = n.toLocaleString("nl-NL") + " van " + max.toLocaleString("nl-NL") + " tekens";
      };
      invoer.addEventListener("input", update);
      update();
      invoer.addEventListener("keydown", function (ev) {
        if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey)) {
          ev.preventDefault();
          var knop = $('#checkformulier button[value="controleer"]');
          if (knop) { knop.click(); }
        }
      });
    }
    if (!text) { return; }

    function idsOf(mark) { return (mark.dataset.ids || "").split(" ").filter(Boolean); }
    function itemFor(id) { return document.getElementById(id); }
    function marksFor(id) {
      return $$("mark.vondst", text).filter(function (m) { return idsOf(m).indexOf(id) >= 0; });
    }
    function clearActive() {
      $$(".actief").forEach(function (el) { el.classList.remove("actief"); });
    }

    function showTip(mark) {
      if (!tip) { return; }
      tip.textContent = "";
      idsOf(mark).forEach(function (id) {
        var item = itemFor(id);
        if (!item) { return; }
        var kop = document.createElement("p");
        var label = $(".ernst-label", item);
        var bericht = $(".vondst-bericht", item);
        kop.textContent = (label ? label.textContent.toUpperCase() + ": " : "") +
          (bericht ? bericht.textContent : "");
        tip.appendChild(kop);
        var suggestie = $(".vondst-suggestie", item);
        if (suggestie) {
          var p = document.createElement("p");
          p.className = "uitleg-suggestie";
          p.textContent = suggestie.textContent;
          tip.appendChild(p);
        }
      });
      var box = mark.getBoundingClientRect();
      tip.hidden = false;
      var left = Math.min(window.scrollX + box.left,
        window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 12);
      tip.style.left = Math.max(8, left) + "px";
      tip.style.top = (window.scrollY + box.bottom + 8) + "px";
    }

    function activateMark(mark) {
      clearActive();
      mark.classList.add("actief");
      idsOf(mark).forEach(function (id) {
        var item = itemFor(id);
        if (item) {
          item.classList.add("actief");
        }
      });
      showTip(mark);
    }

    function deactivate() {
      clearActive();
      if (tip) { tip.hidden = true; }
    }

    // The title attribute is the no-JavaScript fallback; the richer box replaces it.
    $$("mark.vondst", text).forEach(function (mark) {
      mark.dataset.titel = mark.getAttribute("title") || "";
      mark.removeAttribute("title");
      mark.setAttribute("aria-label", mark.dataset.titel);
      mark.addEventListener("mouseenter", function () { activateMark(mark); });
      mark.addEventListener("focus", function () { activateMark(mark); });
      mark.addEventListener("mouseleave", deactivate);
      mark.addEventListener("blur", deactivate);
      mark.addEventListener("click", function () {
        var first = itemFor(idsOf(mark)[0]);
        if (first) { first.scrollIntoView({ block: "nearest", behavior: "smooth" }); }
      });
    });

    $$(".vondst-item").forEach(function (item) {
      var id = item.dataset.id;
      var on = function () {
        clearActive();
        item.classList.add("actief");
        marksFor(id).forEach(function (m) { m.classList.add("actief"); });
      };
      item.addEventListener("mouseenter", on);
      item.addEventListener("focus", on);
      item.addEventListener("mouseleave", clearActive);
      item.addEventListener("click", function (ev) {
        if (ev.target.closest("button")) { return; }
        var first = marksFor(id)[0];
        if (first) {
          first.scrollIntoView({ block: "center", behavior: "smooth" });
          on();
        }
      });
    });
  }

  // ------------------------------------------------------------------ Droomvragen

  function selectLine(textarea, line) {
    var lines = textarea.value.split("\n");
    var start = 0;
    for (var i = 0; i < line - 1 && i < lines.length; i++) { start += lines[i].length + 1; }
    var end = start + (lines[line - 1] || "").length;
    textarea.focus();
    textarea.setSelectionRange(start, end);
    var style = window.getComputedStyle(textarea);
    var lineHeight = parseFloat(style.lineHeight) || 20;
    textarea.scrollTop = Math.max(0, (line - 4) * lineHeight);
  }

  function setupDroomvragen() {
    var textarea = $("#yaml");
    var upload = $("#bestand");
    var naam = $('#droomformulier input[name="bestandsnaam"]');

    if (upload && textarea) {
      // Show a chosen file in the editor. The server reads the file itself (so this is only
      // a preview); once you edit the text, the text is what gets sent.
      upload.addEventListener("change", function () {
        var file = upload.files && upload.files[0];
        if (!file) { return; }
        if (naam) { naam.value = file.name; }
        var toon = $("#bestandsnaam-toon");
        if (toon) { toon.textContent = file.name; }
        var keuze = $(".bestandkeuze");
        if (keuze) { keuze.classList.add("gekozen"); }
        if (file.size > 2 * 1024 * 1024) { return; }
        var reader = new FileReader();
        reader.onload = function () {
          if (typeof reader.result === "string" && reader.result.indexOf("\u0000") < 0) {
            textarea.value = reader.result;
          }
        };
        reader.readAsText(file, "utf-8");
      });
      textarea.addEventListener("input", function () {
        if (upload.value) {
          upload.value = "";
          var toon = $("#bestandsnaam-toon");
          if (toon) { toon.textContent = "Je bewerkt de tekst hieronder"; }
          var keuze = $(".bestandkeuze");
          if (keuze) { keuze.classList.remove("gekozen"); }
        }
      });
    }

    $$(".naar-regel").forEach(function (link) {
      link.addEventListener("click", function (ev) {
        if (!textarea) { return; }
        ev.preventDefault();
        selectLine(textarea, parseInt(link.dataset.regel, 10));
      });
    });

    // Show the first bad line in the source view, and bring a fresh result into view.
    var bron = $(".bron");
    var eerste = $(".bron .fout-regel");
    if (bron && eerste) {
      bron.scrollTop = Math.max(0, eerste.offsetTop - bron.offsetTop - 3 * eerste.offsetHeight);
    }
    var resultaat = $("#resultaat");
    if (resultaat && !$("#problemen") && !window.location.hash) {
      resultaat.scrollIntoView({ block: "start" });
    }

    $$("[data-klap]").forEach(function (button) {
      button.addEventListener("click", function () {
        var open = button.dataset.klap === "open";
        $$(".boom details").forEach(function (d) { d.open = open; });
      });
    });

    // A link in the table of contents opens the dream it points to (and its parents).
    $$(".inhoudsopgave a").forEach(function (link) {
      link.addEventListener("click", function () {
        var target = document.getElementById(link.getAttribute("href").slice(1));
        for (var el = target; el; el = el.parentElement) {
          if (el.tagName === "DETAILS") { el.open = true; }
        }
      });
    });
  }

  // A busy label on the button you clicked, and no second submit while the server works.
  // (The button is not disabled: its name and value are part of the form data.)
  function setupBusyForms() {
    $$("form[method='post']").forEach(function (form) {
      form.addEventListener("submit", function (ev) {
        if (form.dataset.bezig) {
          ev.preventDefault();
          return;
        }
        form.dataset.bezig = "1";
        var knop = ev.submitter;
        if (knop && knop.dataset.bezig) {
          knop.dataset.label = knop.textContent;
          knop.textContent = knop.dataset.bezig;
          knop.classList.add("bezig");
        }
        // Downloads do not leave the page: allow the next click after a moment.
        if (form.id === "downloads") {
          window.setTimeout(function () { delete form.dataset.bezig; }, 1500);
        }
      });
    });
  }

  // Coming back with the browser's back button may show the page as it was left.
  window.addEventListener("pageshow", function () {
    $$("form[data-bezig]").forEach(function (form) { delete form.dataset.bezig; });
    $$(".knop.bezig").forEach(function (knop) {
      knop.classList.remove("bezig");
      if (knop.dataset.label) { knop.textContent = knop.dataset.label; }
    });
  });

  document.addEventListener("DOMContentLoaded", function () {
    setupBusyForms();
    setupSchrijfcheck();
    setupDroomvragen();
  });
})();
