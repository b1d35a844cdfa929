// Writes "Printed on 29 November 2026" at the top of every printed page (the build cannot
// know when a family will print). The line is shown on paper only, by signpost.css.

const line = document.querySelector("[data-app-printed]");
const words = () =>
  `Printed on ${new Date().toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/London" })}`;

if (line) {
  line.textContent = words();
  line.hidden = false;
  window.addEventListener("beforeprint", () => {
    line.textContent = words();
  });
}
