// Kẻng simulator: play a demo person through the real pipeline (channel SIMULATOR).
const T = {
  vi: { title: "Mô phỏng", lang: "Ngôn ngữ ", filter: "Tìm người…", pick: "Chọn một người để đóng vai",
        type: "Nhập tin nhắn, ví dụ: BAO CHAY NHA ONG BA THON 3", send: "Gửi", outbox: "Hộp thư đi",
        channel: "Kênh", to: "Đến", priority: "Ưu tiên", status: "Trạng thái", attempts: "Lần gửi",
        hint: "Tin nhắn đi qua đúng quy trình thật. Tin gửi tới người này bằng SMS, Telegram hay Zalo cũng hiện ở đây.",
        as: "Viết như người này trên Zalo (chọn Zalo) hoặc trong Kẻng" },
  en: { title: "Simulator", lang: "Language ", filter: "Find a person…", pick: "Pick a person to play",
        type: "Type a message, e.g. FIRE HOUSE OF MR BA VILLAGE 3", send: "Send", outbox: "Outbox",
        channel: "Channel", to: "To", priority: "Priority", status: "Status", attempts: "Attempts",
        hint: "Messages go through the real pipeline. Messages to this person by SMS, Telegram or Zalo show here too.",
        as: "Write as this person on Zalo (pick Zalo) or in Keng" }
};
let lang = localStorage.getItem("keng.lang") || "vi";
let people = [], current = null, stream = null;
const $ = id => document.getElementById(id);
const esc = s => (s ?? "").replace(/[&<>"]/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c]));

function translate() {
  document.documentElement.lang = lang;
  document.querySelectorAll("[data-t]").forEach(e => { if (!(e.id === "who" && current)) e.textContent = T[lang][e.dataset.t]; });
  document.querySelectorAll("[data-tp]").forEach(e => e.placeholder = T[lang][e.dataset.tp]);
  document.querySelectorAll("[data-tt]").forEach(e => e.title = T[lang][e.dataset.tt]);
  $("lang").value = lang;
}

async function json(url, options) {
  const r = await fetch(url, options);
  if (!r.ok) throw new Error(await r.text());
  return r.json();
}

function renderPeople() {
  $("people").innerHTML = people.map(p => `<li data-id="${p.id}" class="${current && current.id === p.id ? "active" : ""}">${esc(p.name)}
      <small>${esc(p.phone || "")} · ${esc(p.village || "")} · ${esc(p.roles.join(", "))}</small></li>`).join("");
}

async function pick(id) {
  current = people.find(p => p.id === id);
  $("who").textContent = current.name + (current.phone ? " · " + current.phone : "");
  $("text").disabled = $("send").disabled = false;
  renderPeople();
  if (stream) stream.close();
  stream = new EventSource(`api/stream?personId=${id}`);
  stream.addEventListener("changed", () => { loadConversation(); loadOutbox(); });
  await loadConversation();
}

async function loadConversation() {
  if (!current) return;
  const lines = await json(`api/conversation?personId=${current.id}`);
  $("messages").innerHTML = lines.map(l => `<li class="${l.direction} ${l.priority === "ALARM" ? "alarm" : ""} ${l.channel === "VOICE" ? "call" : ""}">${l.channel === "VOICE" ? "📞 " : ""}${esc(l.text || (l.buttonData ? "▶ " + l.buttonData : ""))}
    ${(l.channel === "ZALO" ? [] : l.options || []).map(o => `<button data-data="${esc(o.data)}">${o.number}. ${esc(o.label)}</button>`).join("")}
    <span class="meta">${l.channel} · ${l.status} · ${new Date(l.at).toLocaleTimeString()}</span>
    ${l.understood ? `<span class="meta understood" title="how Keng understood it">🧭 ${esc(l.understood)}</span>` : ""}</li>`).join("");
  $("messages").scrollTop = $("messages").scrollHeight;
}

async function loadOutbox() {
  const rows = await json("api/outbox");
  $("outbox").innerHTML = rows.map(r => `<tr><td>${r.id}</td><td>${r.channel}</td><td>${esc(r.address)}</td>
    <td>${r.priority}</td><td>${r.status}</td><td>${r.attempts}</td></tr>`).join("");
}

async function send(text, buttonData) {
  await json("api/send", { method: "POST", headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ personId: current.id, text, buttonData, channel: buttonData ? null : $("channel").value || null }) });
}

$("people").addEventListener("click", e => { const li = e.target.closest("li"); if (li) pick(Number(li.dataset.id)); });
$("messages").addEventListener("click", e => { if (e.target.dataset.data) send(e.target.textContent, e.target.dataset.data); });
$("composer").addEventListener("submit", async e => {
  e.preventDefault();
  const text = $("text").value.trim();
  if (!text || !current) return;
  $("text").value = "";
  await send(text, null);
});
let searching = null;
$("filter").addEventListener("input", () => {
  clearTimeout(searching);
  searching = setTimeout(async () => {
    people = await json("api/people?q=" + encodeURIComponent($("filter").value.trim()));
    renderPeople();
  }, 250);
});
$("lang").addEventListener("change", () => { lang = $("lang").value; localStorage.setItem("keng.lang", lang); translate(); });

(async () => {
  translate();
  people = await json("api/people");
  renderPeople();
  loadOutbox();
  new EventSource("api/stream").addEventListener("changed", loadOutbox);
})();
