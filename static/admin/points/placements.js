// Point placements in the admin: each row's preview follows its diagram, x and y as they are
// typed, and a click on the drawing sets x and y. Without this script the fields are edited by
// hand and the preview shows the saved position.
(function () {
  "use strict";

  function field(row, name) {
    return row.querySelector('[name$="-' + name + '"]');
  }

  function status(preview) {
    let line = preview.parentElement.querySelector(".placement-status");
    if (!line) {
      line = document.createElement("p");
      line.className = "placement-status help";
      line.setAttribute("aria-live", "polite");
      preview.after(line);
    }
    return line;
  }

  function moveMarker(row) {
    const preview = row.querySelector(".placement-preview");
    const svg = preview && preview.querySelector("svg");
    if (!svg) return;
    const x = Number(field(row, "x").value);
    const y = Number(field(row, "y").value);
    const placed =
      field(row, "x").value !== "" && field(row, "y").value !== "" && Number.isFinite(x + y);
    svg.classList.toggle("unplaced", !placed);
    if (!placed) {
      status(preview).textContent = "Click on the body to place the point.";
      return;
    }
    svg.querySelectorAll(".marker-dot, .marker-halo").forEach((circle) => {
      circle.setAttribute("cx", x);
      circle.setAttribute("cy", y);
    });
    // The same test the server makes on saving: inside the body's outline.
    const body = svg.querySelector(".d-body");
    const inside = body && body.isPointInFill(new DOMPoint(x, y));
    status(preview).textContent = inside
      ? "At (" + x + ", " + y + ")."
      : "(" + x + ", " + y + ") is outside the body: it will not be saved there.";
  }

  function loadDiagram(row) {
    const preview = row.querySelector(".placement-preview");
    const key = field(row, "diagram").value;
    if (!preview) return;
    if (!key) {
      preview.replaceChildren();
      status(preview).textContent = "";
      return;
    }
    const url = new URL(preview.dataset.diagramUrl.replace("__key__", key), window.location.href);
    for (const name of ["x", "y"]) url.searchParams.set(name, field(row, name).value);
    fetch(url, { credentials: "same-origin" })
      .then((response) => (response.ok ? response.text() : Promise.reject(response.status)))
      .then((html) => {
        preview.innerHTML = html;
        moveMarker(row);
      })
      .catch(() => {
        preview.textContent = "The preview could not be loaded; the position is still saved.";
      });
  }

  function place(row, event) {
    const svg = event.target.closest("svg");
    if (!svg) return;
    event.preventDefault();
    const point = svg.createSVGPoint();
    point.x = event.clientX;
    point.y = event.clientY;
    const at = point.matrixTransform(svg.getScreenCTM().inverse());
    field(row, "x").value = Math.round(at.x);
    field(row, "y").value = Math.round(at.y);
    moveMarker(row);
  }

  function enhance(row) {
    const preview = row.querySelector(".placement-preview");
    if (!preview || preview.dataset.enhanced) return;
    preview.dataset.enhanced = "1";
    moveMarker(row);
    field(row, "diagram").addEventListener("change", () => loadDiagram(row));
    for (const name of ["x", "y"]) field(row, name).addEventListener("input", () => moveMarker(row));
    preview.addEventListener("click", (event) => place(row, event));
  }

  function rows() {
    return document.querySelectorAll("#placements-group tr.form-row:not(.empty-form)");
  }

  document.addEventListener("DOMContentLoaded", () => rows().forEach(enhance));
  document.addEventListener("formset:added", (event) => {
    const row = event.target.closest("tr") || event.target;
    enhance(row);
  });
})();
