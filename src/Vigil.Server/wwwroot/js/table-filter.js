// Filters a table's rows as you type into an input with data-table="<table id>" (accents ignored); works without it too.
(function () {
  function fold(s) { return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase(); }
  document.querySelectorAll('input.table-filter[data-table]').forEach(function (input) {
    var table = document.getElementById(input.getAttribute('data-table'));
    if (!table) return;
    input.addEventListener('input', function () {
      var q = fold(input.value.trim());
      table.querySelectorAll('tbody tr').forEach(function (tr) {
        tr.hidden = q.length > 0 && fold(tr.textContent).indexOf(q) < 0;
      });
    });
  });
})();
