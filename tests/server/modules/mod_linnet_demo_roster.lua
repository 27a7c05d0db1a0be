-- mod_linnet_demo_roster: gives the demo user a ready roster. At server start
-- every contact in linnet_demo_contacts ({ [jid] = "name" }) is put in the
-- roster of linnet_demo_user with subscription "both", and the demo user is
-- put in each local contact's roster the same way, so presence flows both
-- ways from the first login. Idempotent: a restart only fills in gaps.
-- Accounts must exist already (rostermanager does not save rosters of
-- unknown users); linnet-test-server registers them before starting Prosody.

local jid_split = require "util.jid".split;
local rostermanager = require "core.rostermanager";

local host = module.host;
local demo_jid = module:get_option_string("linnet_demo_user", "demo@" .. host);
local contacts = module:get_option("linnet_demo_contacts", {});

-- Makes `other` a "both" contact in the roster of username@host.
local function befriend(username, other, name)
	local roster = rostermanager.load_roster(username, host);
	local item = roster[other];
	if item and item.subscription == "both" then return true; end
	roster[other] = {
		subscription = "both";
		name = name or (item and item.name);
		groups = (item and item.groups) or {};
	};
	if roster[false] and roster[false].pending then
		roster[false].pending[other] = nil;
	end
	local ok, err = rostermanager.save_roster(username, host, roster, other);
	if not ok then
		module:log("error", "Could not add %s to the roster of %s@%s: %s", other, username, host, err or "user missing?");
	end
	return ok;
end

local function setup()
	local demo_user, demo_host = jid_split(demo_jid);
	if demo_host ~= host then return; end
	for contact, name in pairs(contacts) do
		befriend(demo_user, contact, name);
		local contact_user, contact_host = jid_split(contact);
		if contact_host == host and contact_user then
			befriend(contact_user, demo_jid, nil);
		end
	end
	module:log("info", "Demo roster ready for %s", demo_jid);
end

if prosody.start_time then -- loaded into a running server
	setup();
else
	module:hook_global("server-started", setup);
end
