// "Use my position" on the place form: fills latitude and longitude from the phone's location.
// The button stays hidden where the browser cannot tell a position; the form works without it.
(function () {
  var button = document.querySelector('[data-use-position]');
  var latitude = document.getElementById('field-latitude');
  var longitude = document.getElementById('field-longitude');
  if (!button || !latitude || !longitude || !('geolocation' in navigator)) return;
  button.hidden = false;
  button.addEventListener('click', function () {
    button.disabled = true;
    navigator.geolocation.getCurrentPosition(
      function (position) {
        latitude.value = position.coords.latitude.toFixed(6);
        longitude.value = position.coords.longitude.toFixed(6);
        button.disabled = false;
      },
      function () {
        button.disabled = false;
      },
      { enableHighAccuracy: true, timeout: 20000, maximumAge: 60000 },
    );
  });
})();
