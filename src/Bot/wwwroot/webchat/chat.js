// Makes the chat page live. Without this script the page is a form that posts and reloads; with it,
// messages go over our Direct Line and replies (a family worker's too) appear without a reload.
// Small on purpose: families are on cheap phones and pay for data.
(function () {
  "use strict";
  var form = document.getElementById("chat-form");
  if (!form || !window.fetch || !window.WebSocket || !window.JSON) return;

  var transcript = document.getElementById("transcript");
  var input = document.getElementById("message");
  var errorText = document.getElementById("message-error");
  var quickReplies = document.getElementById("quick-replies");
  var language = document.documentElement.lang;
  var watermark = transcript.getAttribute("data-watermark") || "";
  var seen = {};
  var pending = {};
  var session = null;
  var socket = null;
  var retryDelay = 1000;
  var refreshTimer = null;

  Array.prototype.forEach.call(transcript.querySelectorAll("[data-id]"), function (li) { seen[li.getAttribute("data-id")] = true; });

  function call(method, path, body) {
    return fetch(session.domain + path, {
      method: method,
      headers: { "Authorization": "Bearer " + session.token, "Content-Type": "application/json" },
      body: body ? JSON.stringify(body) : undefined
    }).then(function (response) {
      if (!response.ok) throw new Error(String(response.status));
      return response.json();
    });
  }

  // Our own endpoint gives a token for this browser's conversation: the secret stays on the server.
  function connect() {
    if (session) return Promise.resolve(session);
    return fetch("/api/webchat/token", { method: "POST", credentials: "same-origin" }).then(function (response) {
      if (!response.ok) throw new Error(String(response.status));
      return response.json();
    }).then(function (token) {
      session = token;
      clearInterval(refreshTimer);
      refreshTimer = setInterval(refresh, 15 * 60 * 1000);
      return openStream();
    }).then(function () { return session; });
  }

  function refresh() {
    call("POST", "/tokens/refresh").then(function (token) { session.token = token.token; }, function () { session = null; });
  }

  function conversationPath() {
    return "/conversations/" + encodeURIComponent(session.conversationId);
  }

  // The server replays everything after our watermark, so nothing is lost while the socket is down.
  function openStream() {
    return call("GET", conversationPath() + "?watermark=" + encodeURIComponent(watermark)).then(function (conversation) {
      session.token = conversation.token;
      socket = new WebSocket(conversation.streamUrl);
      socket.onopen = function () { retryDelay = 1000; };
      socket.onmessage = function (event) { if (event.data) receive(JSON.parse(event.data)); };
      socket.onclose = function () { socket = null; setTimeout(reopen, retryDelay); retryDelay = Math.min(retryDelay * 2, 30000); };
    });
  }

  function reopen() {
    if (socket) return;
    openStream().catch(function () {
      session = null;
      connect().catch(function () { setTimeout(reopen, retryDelay); retryDelay = Math.min(retryDelay * 2, 30000); });
    });
  }

  function receive(set) {
    if (set.watermark) watermark = set.watermark;
    (set.activities || []).forEach(function (activity) {
      if (activity.type !== "message" || seen[activity.id]) return;
      seen[activity.id] = true;
      var fromFamily = !activity.from || activity.from.role !== "bot";
      var clientId = activity.channelData && activity.channelData.clientActivityID;
      if (fromFamily && clientId && pending[clientId]) {
        pending[clientId].setAttribute("data-id", activity.id);
        delete pending[clientId];
        return;
      }
      addLine(fromFamily, activity.text || "", activity.locale, activity.id);
      showQuickReplies(fromFamily ? [] : (activity.suggestedActions && activity.suggestedActions.actions) || []);
    });
  }

  function addLine(fromFamily, text, locale, id) {
    var previous = document.getElementById("latest");
    if (previous) previous.removeAttribute("id");
    var li = document.createElement("li");
    li.className = "fs-message " + (fromFamily ? "fs-message--user" : "fs-message--bot");
    li.id = "latest";
    if (id) li.setAttribute("data-id", id);
    if (!fromFamily && locale) li.lang = locale;
    var from = document.createElement("span");
    from.className = "fs-message__from";
    from.textContent = fromFamily ? form.getAttribute("data-you") : form.getAttribute("data-bot");
    var body = document.createElement("span");
    body.dir = "auto";
    body.textContent = text;
    li.appendChild(from);
    li.appendChild(body);
    transcript.appendChild(li);
    if (li.scrollIntoView) li.scrollIntoView({ block: "nearest" });
    return li;
  }

  function showQuickReplies(actions) {
    quickReplies.textContent = "";
    actions.forEach(function (action) {
      var button = document.createElement("button");
      button.type = "submit";
      button.name = "choice";
      button.value = action.value;
      button.className = "govuk-button govuk-button--secondary";
      button.textContent = action.title || action.value;
      quickReplies.appendChild(button);
    });
    quickReplies.hidden = actions.length === 0;
  }

  function showError(message) {
    errorText.textContent = message;
    errorText.hidden = !message;
    input.setAttribute("aria-invalid", message ? "true" : "false");
    input.classList.toggle("govuk-input--error", !!message);
    input.parentNode.classList.toggle("govuk-form-group--error", !!message);
  }

  function post(text, clientId) {
    return connect().then(function () {
      return call("POST", conversationPath() + "/activities", {
        type: "message",
        text: text,
        locale: language,
        textFormat: "plain",
        from: { id: session.conversationId, role: "user" },
        channelData: { clientActivityID: clientId }
      });
    });
  }

  function send(text) {
    text = text.trim();
    if (!text) {
      showError(form.getAttribute("data-empty"));
      input.focus();
      return;
    }
    showError("");
    var clientId = "page-" + Date.now().toString(36) + "-" + Math.random().toString(36).slice(2);
    var line = addLine(true, text);
    pending[clientId] = line;
    showQuickReplies([]);
    input.value = "";
    input.focus();
    post(text, clientId).catch(function (error) {
      // An expired token: get a fresh one and try once more before telling the family.
      if (error.message !== "403") throw error;
      session = null;
      return post(text, clientId);
    }).catch(function () {
      delete pending[clientId];
      var status = document.createElement("span");
      status.className = "fs-message__status";
      status.textContent = form.getAttribute("data-send-failed");
      line.appendChild(status);
      input.value = text;
    });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var submitter = event.submitter;
    send(submitter && submitter.name === "choice" ? submitter.value : input.value);
  });

  // A family coming back sees replies that arrive while the page is open, such as a family worker's.
  if (transcript.children.length > 0) connect().catch(function () { /* the form still works */ });
})();
