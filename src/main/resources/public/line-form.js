// Shows only the named instruments of the chosen legal basis. Without this script every
// instrument stays listed, grouped by legal basis, and the server still refuses a mismatch.
(function () {
  var category = document.getElementById('legal_basis_category');
  var instrument = document.getElementById('legal_instrument');
  if (!category || !instrument) { return; }
  function filter() {
    var groups = instrument.querySelectorAll('optgroup');
    for (var i = 0; i < groups.length; i++) {
      var matches = groups[i].getAttribute('data-category') === category.value;
      groups[i].hidden = !matches;
      groups[i].disabled = !matches;
      if (!matches && instrument.selectedOptions.length && instrument.selectedOptions[0].parentNode === groups[i]) {
        instrument.value = '';
      }
    }
    var none = !instrument.querySelector('optgroup[data-category="' + category.value + '"]');
    instrument.disabled = none;
  }
  category.addEventListener('change', filter);
  filter();
})();
