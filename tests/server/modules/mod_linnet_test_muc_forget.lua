-- mod_linnet_test_muc_forget: lets a client make a room forget its occupant silently, as a
-- restarted MUC service or a lost s2s link would (the situation XEP-0410 self-ping detects).
-- Nobody is told: no unavailable presence goes out. Load it on the MUC component of the test
-- server only.
--
--   <iq type='set' to='conference.localhost'>
--     <forget xmlns='urn:linnet:test:muc-forget' room='room@conference.localhost'/>
--   </iq>
--
-- Only the sender's own session is forgotten, so a client can do nothing it could not do by
-- leaving; the answer is an empty result, or item-not-found when it was not in the room.

local st = require "util.stanza";
local mod_muc = module:depends("muc");

local xmlns_forget = "urn:linnet:test:muc-forget";

module:hook("iq-set/host/" .. xmlns_forget .. ":forget", function(event)
	local origin, stanza = event.origin, event.stanza;
	local room_jid = stanza.tags[1].attr.room;
	local room = room_jid and mod_muc.get_room_from_jid(room_jid);
	local real_jid = stanza.attr.from;
	local nick = room and room:get_occupant_jid(real_jid);
	if not nick then
		origin.send(st.error_reply(stanza, "cancel", "item-not-found", "Not in that room"));
		return true;
	end
	local occupant = room:get_occupant_by_nick(nick);
	occupant:remove_session(real_jid);
	room._jid_nick[real_jid] = nil;
	local has_session = false;
	for _ in occupant:each_session() do has_session = true; end
	room._occupants[nick] = has_session and occupant or nil;
	module:log("info", "Forgot %s in %s without telling anyone", real_jid, room.jid);
	origin.send(st.reply(stanza));
	return true;
end);
