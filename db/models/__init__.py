"""All models, one module per aggregate. Importing this package fills ``Base.metadata``."""
from db.models.audit import AuditLog
from db.models.automation import (
    LEAD_STRATEGIES,
    RULE_ACTIONS,
    RULE_EVENTS,
    RULE_TARGETS,
    AutomationRule,
    AutomationRun,
    LeadDistribution,
)
from db.models.base import Base, Tracked
from db.models.clients import (
    CLIENT_KINDS,
    CLIENT_STATUSES,
    Classifier,
    ClassifierValue,
    Client,
    ClientClassifier,
    ClientStats,
    ClientStatusHistory,
    ClientTag,
    SearchKey,
    Source,
    Tag,
)
from db.models.contacts import Address, ClientEmail, ClientPhone, Contact
from db.models.custom_fields import FIELD_KINDS, CustomFieldDef, CustomFieldValue
from db.models.deals import DEAL_OUTCOMES, Deal, DealLine, DealStageHistory, Funnel, LostReason, Stage
from db.models.files import Attachment, AttachmentBody
from db.models.imports import (
    IMPORT_KINDS,
    IMPORT_POLICIES,
    IMPORT_STATES,
    ROW_FATES,
    ImportBatch,
    ImportMapping,
    ImportRow,
)
from db.models.interactions import INTERACTION_KINDS, Interaction
from db.models.invoices import INVOICE_STATES, DocTemplate, Invoice, InvoiceCounter, Payment
from db.models.kpi import FACT_KINDS, PERIOD_KINDS, KpiIndicator, KpiPlan
from db.models.merge import MERGE_STATES, ClientMerge, DedupeIgnored
from db.models.products import Price, PriceList, Product
from db.models.settings import Setting
from db.models.tasks import TASK_KINDS, TASK_STATUSES, Reminder, Task
from db.models.users import CrmUser, Department, RoleRight

metadata = Base.metadata

__all__ = [
    "Address", "Attachment", "AttachmentBody", "AuditLog", "Base", "CLIENT_KINDS", "CLIENT_STATUSES",
    "Classifier", "ClassifierValue", "Client", "ClientClassifier", "ClientEmail", "ClientPhone", "ClientStats",
    "ClientStatusHistory", "ClientTag", "Contact", "CrmUser", "CustomFieldDef", "CustomFieldValue",
    "DEAL_OUTCOMES", "Deal", "DealLine", "DealStageHistory", "Department", "FIELD_KINDS", "Funnel",
    "INTERACTION_KINDS", "Interaction", "KpiIndicator", "KpiPlan", "LostReason", "Price", "PriceList",
    "Product", "Reminder", "RoleRight", "SearchKey", "Setting", "Source", "Stage", "TASK_KINDS",
    "TASK_STATUSES", "Tag", "Task", "Tracked", "metadata",
    "AutomationRule", "AutomationRun", "LeadDistribution", "LEAD_STRATEGIES", "RULE_ACTIONS", "RULE_EVENTS",
    "RULE_TARGETS",
    "ClientMerge", "DedupeIgnored", "MERGE_STATES",
    "IMPORT_KINDS", "IMPORT_POLICIES", "IMPORT_STATES", "ROW_FATES", "ImportBatch", "ImportMapping", "ImportRow",
    "INVOICE_STATES", "DocTemplate", "Invoice", "InvoiceCounter", "Payment", "FACT_KINDS", "PERIOD_KINDS",
]
