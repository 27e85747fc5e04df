(function () {
  "use strict";
  var table = document.getElementById("case-table");
  if (!table) { return; }
  var rows = Array.prototype.slice.call(table.tBodies);
  var size = parseInt(table.getAttribute("data-page"), 10);
  var form = document.getElementById("case-controls");
  var status = document.getElementById("case-status");
  var pageBox = document.getElementById("case-page");
  var shown = rows, visible = [], page = 0;
  var sign = parseFloat(table.getAttribute("data-sign")), base = table.getAttribute("data-base");
  function has(list, index) { return (" " + list + " ").indexOf(" " + index + " ") >= 0; }
  // The paired differences of the treatments in view (the chosen one, or all), signed so that below 0 is worse.
  function gains(row, variant) {
    return (row.dataset.d || "").split(" ").filter(function (d, i) {
      return d !== "_" && (variant === "" || String(i) === variant);
    }).map(function (d) { return sign * parseFloat(d); });
  }
  // Whether a treatment in view went from `from` to `to` ("p" pass, "f" fail) against the baseline.
  function flipped(row, variant, from, to) {
    var v = (row.dataset.v || "").split(" ");
    return v[base] === from && v.some(function (x, i) {
      return String(i) !== base && (variant === "" || String(i) === variant) && x === to;
    });
  }
  function changed(row, kind, variant) {
    switch (kind) {
      case "worse": return gains(row, variant).some(function (g) { return g < 0; });
      case "better": return gains(row, variant).some(function (g) { return g > 0; });
      case "disagree": return flipped(row, variant, "p", "f") || flipped(row, variant, "f", "p")
        || (variant === "" && /p/.test(row.dataset.v) && /f/.test(row.dataset.v));
      case "fail": return flipped(row, variant, "p", "f");
      case "pass": return flipped(row, variant, "f", "p");
      default: return true;
    }
  }
  function key(row, sort, variant) {
    var d = row.dataset, g = gains(row, variant);
    switch (sort) {
      case "worse": return g.length ? Math.min.apply(null, g) : Infinity;
      case "change": return g.length ? -Math.max.apply(null, g.map(Math.abs)) : Infinity;
      case "id": return d.id.toLowerCase();
      case "unstable": return -parseFloat(d.i || "0");
      case "failing": return -(d.fail ? d.fail.split(" ").length : 0);
      case "errors": return d.e ? 0 : 1;
      default: return parseInt(d.n, 10);
    }
  }
  function apply() {
    var variant = form.variant.value, failing = form.failing.checked, unstable = form.unstable.checked;
    var errors = form.errors.checked, query = form.query.value.trim().toLowerCase(), sort = form.sort.value;
    var change = form.change.value;
    table.setAttribute("data-only", variant);
    shown = rows.filter(function (row) {
      var d = row.dataset;
      if (failing && !(variant === "" ? d.fail : has(d.fail, variant))) { return false; }
      if (unstable && !d.u) { return false; }
      if (errors && !d.e) { return false; }
      if (!changed(row, change, variant)) { return false; }
      return !query || d.id.toLowerCase().indexOf(query) >= 0;
    });
    var keyed = shown.map(function (row) { return [key(row, sort, variant), parseInt(row.dataset.n, 10), row]; });
    keyed.sort(function (a, b) { return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]; });
    shown = keyed.map(function (k) { return k[2]; });
    page = 0;
    render();
  }
  function render() {
    var pages = Math.max(1, Math.ceil(shown.length / size));
    page = Math.min(Math.max(page, 0), pages - 1);
    visible.forEach(function (row) { row.hidden = true; });
    visible = shown.slice(page * size, page * size + size);
    visible.forEach(function (row) { table.appendChild(row); row.hidden = false; });
    status.textContent = (shown.length ? "Cases " + (page * size + 1) + "\u2013" + (page * size + visible.length)
      + " of " + shown.length : "No cases") + (shown.length === rows.length ? "" : " (filtered from " + rows.length + ")");
    pageBox.value = page + 1;
    pageBox.max = pages;
    document.getElementById("case-pages").textContent = "of " + pages;
  }
  rows.forEach(function (row) { if (!row.hidden) { visible.push(row); } });
  form.addEventListener("change", function (event) {
    if (event.target === pageBox) { page = parseInt(pageBox.value, 10) - 1 || 0; render(); } else { apply(); }
  });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.query.addEventListener("input", apply);
  document.getElementById("case-prev").addEventListener("click", function () { page--; render(); });
  document.getElementById("case-next").addEventListener("click", function () { page++; render(); });
  render();
  document.body.setAttribute("data-ready", "true");
}());
