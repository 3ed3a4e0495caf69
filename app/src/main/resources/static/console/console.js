// Kẻng console: the Tonight page stays live. The server says "changed" over server-sent events and
// the page fetches its live part again (HTML rendered by the server, inserted as it came).
(function () {
  var body = document.body;
  var live = body.getAttribute('data-live');
  var stream = body.getAttribute('data-stream');
  if (!live || !stream || !window.EventSource) {
    return;
  }
  var pending = null;
  function refresh() {
    pending = null;
    fetch(live, {credentials: 'same-origin', headers: {'Accept': 'text/html'}}).then(function (r) {
      return r.ok ? r.text() : null;
    }).then(function (html) {
      if (html === null) { return; }
      var doc = new DOMParser().parseFromString(html, 'text/html');
      var fresh = doc.getElementById('live');
      var current = document.getElementById('live');
      if (fresh && current) {
        current.replaceWith(document.adoptNode(fresh));
        document.body.setAttribute('data-refreshed', String(Date.now()));
      }
    });
  }
  var events = new EventSource(stream);
  events.addEventListener('ready', function () { body.setAttribute('data-stream-open', 'true'); });
  events.addEventListener('changed', function () {
    if (!pending) { pending = setTimeout(refresh, 300); }
  });
})();
