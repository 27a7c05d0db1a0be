-- mod_linnet_echo: turns <linnet_echo_user>@<host> into an always-present echo
-- bot for Linnet's tests and demo. Nobody needs to be logged in to the account:
--  * chat/normal messages with a <body/> sent to the bare JID or any resource
--    are answered from <user>@<host>/bot with "echo: <body>" (type chat);
--  * a subscription request is approved at once and answered with a request
--    back, so a user can add the bot like any contact;
--  * presence probes from subscribed contacts get an available presence from
--    /bot while no client is logged in to the account.
-- Load it on the VirtualHost; the account itself is registered separately.

local st = require "util.stanza";
local jid_bare = require "util.jid".bare;
local new_id = require "util.id".medium;
local rostermanager = require "core.rostermanager";

local host = module.host;
local user = module:get_option_string("linnet_echo_user", "echo");
local bot_bare = user .. "@" .. host;
local bot_full = bot_bare .. "/bot";

local function bot_presence(to)
	return st.presence({ from = bot_full, to = to })
		:text_tag("status", "I repeat what you say");
end

local function on_message(event)
	local stanza = event.stanza;
	if jid_bare(stanza.attr.to) ~= bot_bare then return; end
	local from = stanza.attr.from;
	local kind = stanza.attr.type or "normal";
	local body = stanza:get_child_text("body");
	if (kind == "chat" or kind == "normal") and body and from and jid_bare(from) ~= bot_bare then
		local reply = st.message({ from = bot_full, to = from, type = "chat", id = new_id() })
			:text_tag("body", "echo: " .. body);
		local thread = stanza:get_child("thread");
		if thread then reply:add_child(st.clone(thread)); end
		module:send(reply);
	end
	-- Everything else (chat states, receipts, errors) is swallowed too: there
	-- is nothing to answer and it must not pile up in the offline store.
	return true;
end

local function on_presence(event)
	local stanza = event.stanza;
	if jid_bare(stanza.attr.to) ~= bot_bare then return; end
	local contact = jid_bare(stanza.attr.from);
	if not contact or contact == bot_bare then return; end
	local kind = stanza.attr.type;

	if kind == "subscribe" then
		-- Record the request, then approve it, as mod_presence would do for a
		-- client that says yes (the bot's roster item becomes "from").
		rostermanager.set_contact_pending_in(user, host, contact, stanza);
		rostermanager.subscribed(user, host, contact);
		rostermanager.roster_push(user, host, contact);
		module:send(st.presence({ from = bot_bare, to = contact, type = "subscribed" }));
		module:send(bot_presence(contact));
		if not rostermanager.is_user_subscribed(user, host, contact) then
			-- Ask back; the contact's "subscribed" answer is then handled by
			-- mod_presence, which needs this pending-out mark.
			rostermanager.set_contact_pending_out(user, host, contact);
			rostermanager.roster_push(user, host, contact);
			module:send(st.presence({ from = bot_bare, to = contact, type = "subscribe" }));
		end
		return true;
	elseif kind == "probe" then
		if prosody.bare_sessions[bot_bare] then return; end -- a real client answers
		if rostermanager.is_contact_subscribed(user, host, contact) then
			module:send(bot_presence(stanza.attr.from));
			return true;
		end
	end
	-- Anything else (subscribed, unsubscribe, ...) follows the normal rules.
end

-- Above mod_message, mod_mam and mod_offline (0), below mod_blocklist.
module:hook("message/bare", on_message, 10);
module:hook("message/full", on_message, 10);
module:hook("presence/bare", on_presence, 10);

module:log("info", "Echo bot active as %s", bot_full);
