import OrgTUI

OrgTUICommand.main()
