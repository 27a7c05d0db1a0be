-- netcheck.lua: small loopback network helpers for linnet-test-server, run
-- with the lua5.4 + LuaSocket + LuaSec that Prosody itself depends on (so the
-- launcher needs no Python).
--   ports N           print N distinct free 127.0.0.1 TCP ports
--   open PORT         exit 0 if 127.0.0.1:PORT accepts a connection
--   xmpp PORT DOMAIN  exit 0 if an XMPP server answers a stream header with
--                     <starttls/> (proves the main loop runs, not only a bind)
--   echo    PORT DOMAIN USER PASSWORD CAFILE
--   roster  PORT DOMAIN USER PASSWORD CAFILE
--   session PORT DOMAIN USER PASSWORD CAFILE < steps
--       log in over direct TLS on PORT (verifying CAFILE and the name DOMAIN,
--       SASL PLAIN, resource "netcheck"), then: echo sends a message to
--       echo@DOMAIN and waits for the echo; roster prints the roster;
--       session runs stdin lines "> XML" (send) and "< TEXT" (wait until
--       TEXT arrives, print what came). Exit 0 on success.
-- The mini client is deliberately crude (plain string matching, no XML
-- parser): it only has to prove that the server, accounts and modules live.
local socket = require "socket";

-- Appends what `conn` (non-blocking LuaSocket or LuaSec) has to `buffer`,
-- waiting up to 0.2 s for something to arrive. Returns the buffer and
-- whether the peer closed the connection.
local function read_some(conn, buffer)
	local data, err, partial = conn:receive(4096);
	local got = data or partial or "";
	if got == "" and err ~= "closed" then
		socket.select({ conn }, nil, 0.2);
	end
	return buffer .. got, err == "closed";
end

local function base64(data)
	local alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	local out = {};
	for i = 1, #data, 3 do
		local a, b, c = data:byte(i, i + 2);
		local n = a * 65536 + (b or 0) * 256 + (c or 0);
		local chars = 2 + (b and 1 or 0) + (c and 1 or 0);
		for k = 1, 4 do
			local index = (n >> (6 * (4 - k))) & 63;
			out[#out + 1] = k <= chars and alphabet:sub(index + 1, index + 1) or "=";
		end
	end
	return table.concat(out);
end

-- Logs in and runs steps: a list of { "send", xml } / { "expect", text }.
local function run_session(port, domain, user, password, cafile, steps)
	local ssl = require "ssl";
	local tcp = socket.tcp();
	tcp:settimeout(5);
	assert(tcp:connect("127.0.0.1", tonumber(port)));
	local conn = assert(ssl.wrap(tcp, { mode = "client", protocol = "any",
		verify = "peer", cafile = cafile, options = { "all" } }));
	conn:sni(domain);
	assert(conn:dohandshake());
	conn:settimeout(0);

	local buffer = "";
	local function expect(text) -- reads until text arrives; returns all read
		local deadline = socket.gettime() + 5;
		while not buffer:find(text, 1, true) do
			assert(socket.gettime() < deadline, "timed out waiting for " .. text .. "; got: " .. buffer);
			local closed;
			buffer, closed = read_some(conn, buffer);
			assert(not closed, "connection closed; got: " .. buffer);
		end
		local _, last = buffer:find(text, 1, true);
		local got = buffer:sub(1, last);
		buffer = buffer:sub(last + 1);
		return got;
	end
	local function open_stream()
		conn:send("<?xml version='1.0'?><stream:stream xmlns='jabber:client' xmlns:stream="
			.. "'http://etherx.jabber.org/streams' to='" .. domain .. "' version='1.0'>");
		return expect("</stream:features>");
	end

	assert(open_stream():find("PLAIN", 1, true), "SASL PLAIN not offered over TLS");
	conn:send("<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>"
		.. base64("\0" .. user .. "\0" .. password) .. "</auth>");
	-- <success .../> or <failure ...><not-authorized/>...: both contain "/>".
	local answer = expect("/>");
	assert(answer:find("<success", 1, true), "authentication failed: " .. answer);
	open_stream();
	conn:send("<iq type='set' id='bind1'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'>"
		.. "<resource>netcheck</resource></bind></iq>");
	expect("</iq>");
	for _, step in ipairs(steps) do
		if step[1] == "send" then
			conn:send(step[2]);
		else
			print(expect(step[2]));
		end
	end
	conn:send("</stream:stream>");
	conn:close();
end

local function steps_from_stdin()
	local steps = {};
	for line in io.lines() do
		local kind, text = line:match("^([<>])%s?(.*)$");
		if kind then steps[#steps + 1] = { kind == ">" and "send" or "expect", text }; end
	end
	return steps;
end

local command, a1, a2 = arg[1], arg[2], arg[3];

if command == "ports" then
	-- Bind them all at once so the kernel hands out distinct ports, then
	-- release them for Prosody (a small race the launcher handles by retrying).
	local sockets, ports = {}, {};
	for i = 1, tonumber(a1) do
		local s = assert(socket.bind("127.0.0.1", 0));
		sockets[i] = s;
		ports[i] = select(2, s:getsockname());
	end
	for _, s in ipairs(sockets) do s:close(); end
	print(table.concat(ports, " "));
elseif command == "open" then
	local c = socket.tcp();
	c:settimeout(1);
	local ok = c:connect("127.0.0.1", tonumber(a1));
	c:close();
	os.exit(ok and 0 or 1);
elseif command == "xmpp" then
	local c = socket.tcp();
	c:settimeout(1);
	if not c:connect("127.0.0.1", tonumber(a1)) then os.exit(1); end
	c:send("<?xml version='1.0'?><stream:stream xmlns='jabber:client'"
		.. " xmlns:stream='http://etherx.jabber.org/streams' to='" .. a2 .. "' version='1.0'>");
	c:settimeout(0);
	local received, closed, deadline = "", false, socket.gettime() + 3;
	while socket.gettime() < deadline and not closed and not received:find("starttls", 1, true) do
		received, closed = read_some(c, received);
	end
	c:send("</stream:stream>");
	c:close();
	os.exit(received:find("starttls", 1, true) and 0 or 1);
elseif command == "echo" or command == "roster" or command == "session" then
	local steps;
	if command == "echo" then
		-- The escaped markup checks that the body is echoed as text.
		local token = "netcheck " .. tostring(os.time()) .. " &amp; &lt;ok&gt;";
		steps = {
			{ "send", "<message to='echo@" .. a2 .. "' type='chat' id='m1'><body>" .. token .. "</body></message>" };
			{ "expect", "from='echo@" .. a2 .. "/bot'" };
			{ "expect", "<body>echo: " .. token .. "</body>" };
		};
	elseif command == "roster" then
		steps = {
			{ "send", "<iq type='get' id='r1'><query xmlns='jabber:iq:roster'/></iq>" };
			{ "expect", "</iq>" };
		};
	else
		steps = steps_from_stdin();
	end
	local ok, err = pcall(run_session, a1, a2, arg[4], arg[5], arg[6], steps);
	if not ok then io.stderr:write("netcheck: ", tostring(err), "\n"); end
	os.exit(ok and 0 or 1);
else
	io.stderr:write("usage: netcheck.lua ports N | open PORT | xmpp PORT DOMAIN"
		.. " | echo|roster|session PORT DOMAIN USER PASSWORD CAFILE\n");
	os.exit(2);
end
