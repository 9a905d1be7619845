// Filters the organisation tree as you type (name or code, accents ignored); works without it too.
(function () {
  var input = document.getElementById('unit-filter');
  var tree = document.getElementById('unit-tree');
  if (!input || !tree) return;
  function fold(s) { return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase(); }
  input.addEventListener('input', function () {
    var q = fold(input.value.trim());
    tree.querySelectorAll('li').forEach(function (li) {
      li.hidden = q.length > 0 && fold(li.textContent).indexOf(q) < 0;
    });
  });
})();
