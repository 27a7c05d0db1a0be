-- mod_linnet_demo_room: makes sure the persistent, public demo room
-- linnet_demo_room (named linnet_demo_room_name, owned by linnet_demo_user)
-- exists on this MUC component. Load it on the MUC component only.

local jid_split = require "util.jid".split;

local room_jid = module:get_option_string("linnet_demo_room", "lobby@" .. module.host);
local room_name = module:get_option_string("linnet_demo_room_name", "Linnet lobby");
local owner = module:get_option_string("linnet_demo_user");
local mod_muc = module:depends("muc");

local function setup()
	if select(2, jid_split(room_jid)) ~= module.host then return; end
	local room = mod_muc.get_room_from_jid(room_jid);
	if not room then
		local err;
		room, err = mod_muc.create_room(room_jid);
		if not room then
			module:log("error", "Could not create %s: %s", room_jid, err or "unknown error");
			return;
		end
	end
	room:set_name(room_name);
	room:set_public(true);
	room:set_persistent(true);
	if owner and room:get_affiliation(owner) ~= "owner" then
		room:set_affiliation(true, owner, "owner");
	end
	room:save(true);
	module:log("info", "Demo room %s (%s) ready", room_jid, room_name);
end

if prosody.start_time then -- loaded into a running server
	setup();
else
	module:hook_global("server-started", setup);
end
