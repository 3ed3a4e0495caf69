// Kẻng simulator: play a demo person through the real pipeline (channel SIMULATOR).
const T = {
  vi: { title: "Mô phỏng", lang: "Ngôn ngữ ", filter: "Tìm người…", pick: "Chọn một người để đóng vai",
        type: "Nhập tin nhắn, ví dụ: BAO CHAY NHA ONG BA LANG MUONG CHUONG", send: "Gửi", outbox: "Hộp thư đi",
        people: "Người", chat: "Trò chuyện",
        channel: "Kênh", to: "Đến", priority: "Ưu tiên", status: "Trạng thái", attempts: "Lần gửi",
        call: "Cuộc gọi", chart: "Biểu đồ", download: "Tải về",
        hint: "Tin nhắn đi qua đúng quy trình thật. Tin gửi tới người này bằng SMS, Telegram hay Zalo cũng hiện ở đây.",
        as: "Viết như người này trên Zalo (chọn Zalo) hoặc trong Kẻng" },
  en: { title: "Simulator", lang: "Language ", filter: "Find a person…", pick: "Pick a person to play",
        type: "Type a message, e.g. FIRE MR BA HOUSE LANG MUONG CHUONG", send: "Send", outbox: "Outbox",
        people: "People", chat: "Chat",
        channel: "Channel", to: "To", priority: "Priority", status: "Status", attempts: "Attempts",
        call: "Call", chart: "Chart", download: "Download",
        hint: "Messages go through the real pipeline. Messages to this person by SMS, Telegram or Zalo show here too.",
        as: "Write as this person on Zalo (pick Zalo) or in Keng" }
};
// Role codes as people say them; in the order a person's roles are listed.
const ROLES = {
  vi: { OFFICIAL: "Cán bộ UBND", POLICE: "Công an xã", VILLAGE_HEAD: "Trưởng thôn", GROUP_LEADER: "Tổ trưởng tổ liên gia",
        STRIKER: "Người đánh kẻng", RESIDENT: "Người dân", PARTY_COMMITTEE: "Đảng ủy xã", ADMIN: "Quản trị" },
  en: { OFFICIAL: "Commune official", POLICE: "Commune police", VILLAGE_HEAD: "Village head", GROUP_LEADER: "Group leader",
        STRIKER: "Gong striker", RESIDENT: "Resident", PARTY_COMMITTEE: "Party committee", ADMIN: "Administrator" }
};
let lang = localStorage.getItem("keng.lang") || "vi";
let people = [], current = null, stream = null;
const $ = id => document.getElementById(id);
const esc = s => String(s ?? "").replace(/[&<>"]/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c]));
const roleWords = roles => Object.keys(ROLES[lang]).filter(r => roles.includes(r)).map(r => ROLES[lang][r]);

function translate() {
  document.documentElement.lang = lang;
  document.querySelectorAll("[data-t]").forEach(e => { if (!(e.id === "who" && current)) e.textContent = T[lang][e.dataset.t]; });
  document.querySelectorAll("[data-tp]").forEach(e => e.placeholder = T[lang][e.dataset.tp]);
  document.querySelectorAll("[data-tt]").forEach(e => e.title = T[lang][e.dataset.tt]);
  $("lang").value = lang;
}

function show(view) {
  document.body.classList.remove("view-people", "view-chat", "view-outbox");
  document.body.classList.add("view-" + view);
}

async function json(url, options) {
  const r = await fetch(url, options);
  if (!r.ok) throw new Error(await r.text());
  return r.json();
}

function renderPeople() {
  $("people").innerHTML = people.map(p => `<li data-id="${p.id}" class="${current && current.id === p.id ? "active" : ""}">${esc(p.name)}
      <small>${esc(p.phone || "")} · ${esc(p.village || "")} · <span class="roles">${esc(roleWords(p.roles).join(", "))}</span></small></li>`).join("");
}

async function pick(id) {
  current = people.find(p => p.id === id);
  $("who").textContent = current.name + (current.phone ? " · " + current.phone : "");
  $("text").disabled = $("send").disabled = false;
  renderPeople();
  show("chat");
  if (stream) stream.close();
  stream = new EventSource(`api/stream?personId=${id}`);
  stream.addEventListener("changed", () => { loadConversation(); loadOutbox(); });
  await loadConversation();
}

// What a person would receive with a message: pictures shown, documents to download.
function files(l) {
  if (!l.attachments || !l.attachments.length) return "";
  return `<span class="files">${l.attachments.map(f => {
    const url = `api/messages/${l.id}/attachments/${f.position}`;
    return f.contentType.startsWith("image/")
      ? `<a class="image" href="${url}" target="_blank"><img src="${url}" alt="${esc(T[lang].chart + ": " + f.fileName)}"></a>`
      : `<a class="file" href="${url}" download="${esc(f.fileName)}" title="${esc(T[lang].download)}">⬇ ${esc(f.fileName)}</a>`;
  }).join("")}</span>`;
}

async function loadConversation() {
  if (!current) return;
  const lines = await json(`api/conversation?personId=${current.id}`);
  $("messages").innerHTML = lines.map(l => `<li data-id="${l.id}" class="${l.direction}${l.priority === "ALARM" ? " alarm" : ""}${l.channel === "VOICE" ? " call" : ""}">`
    + `<span class="text">${l.channel === "VOICE" ? "📞 " + esc(T[lang].call) + ": " : ""}${esc(l.text || (l.buttonData ? "▶ " + l.buttonData : ""))}</span>`
    + (l.channel === "ZALO" ? [] : l.options || []).map(o => `<button data-data="${esc(o.data)}">${o.number}. ${esc(o.label)}</button>`).join("") + files(l)
    + `<span class="meta">${l.channel} · ${l.status} · ${new Date(l.at).toLocaleTimeString()}</span>`
    + (l.understood ? `<span class="meta understood" title="how Keng understood it">🧭 ${esc(l.understood)}</span>` : "")
    + "</li>").join("");
  $("messages").scrollTop = $("messages").scrollHeight;
}

async function loadOutbox() {
  const rows = await json("api/outbox");
  $("outbox").innerHTML = rows.map(r => `<tr><td>${r.id}</td><td>${r.channel}</td>
    <td class="to">${esc(r.personName || r.address)}${r.personName ? `<small>${esc(r.address)}</small>` : ""}</td>
    <td>${r.priority}</td><td>${r.status}</td><td>${r.attempts}</td></tr>`).join("");
}

async function send(text, buttonData) {
  await json("api/send", { method: "POST", headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ personId: current.id, text, buttonData, channel: buttonData ? null : $("channel").value || null }) });
}

$("people").addEventListener("click", e => { const li = e.target.closest("li"); if (li) pick(Number(li.dataset.id)); });
$("messages").addEventListener("click", e => { if (e.target.dataset.data) send(e.target.textContent, e.target.dataset.data); });
$("views").addEventListener("click", e => { if (e.target.dataset.view) show(e.target.dataset.view); });
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
$("lang").addEventListener("change", () => {
  lang = $("lang").value;
  localStorage.setItem("keng.lang", lang);
  translate();
  renderPeople();
  loadConversation();
});

(async () => {
  translate();
  people = await json("api/people");
  renderPeople();
  loadOutbox();
  new EventSource("api/stream").addEventListener("changed", loadOutbox);
})();
