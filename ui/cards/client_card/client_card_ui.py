# generated — do not edit; run `python -m tools.build_forms`
# ruff: noqa
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'client_card.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QFrame, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QMainWindow,
    QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSplitter, QStatusBar, QTabWidget,
    QTableView, QToolButton, QVBoxLayout, QWidget)

from ui.widgets.field_editors import DateEdit

class Ui_ClientCard(object):
    def setupUi(self, ClientCard):
        if not ClientCard.objectName():
            ClientCard.setObjectName(u"ClientCard")
        ClientCard.resize(1000, 720)
        self.centralwidget = QWidget(ClientCard)
        self.centralwidget.setObjectName(u"centralwidget")
        self.cardLayout = QVBoxLayout(self.centralwidget)
        self.cardLayout.setSpacing(6)
        self.cardLayout.setObjectName(u"cardLayout")
        self.cardLayout.setContentsMargins(9, 6, 9, 6)
        self.conflictBar = QFrame(self.centralwidget)
        self.conflictBar.setObjectName(u"conflictBar")
        self.conflictBar.setFrameShape(QFrame.Shape.StyledPanel)
        self.conflictLayout = QHBoxLayout(self.conflictBar)
        self.conflictLayout.setObjectName(u"conflictLayout")
        self.conflictLayout.setContentsMargins(8, 4, 8, 4)
        self.conflictLabel = QLabel(self.conflictBar)
        self.conflictLabel.setObjectName(u"conflictLabel")
        self.conflictLabel.setText(u"")
        self.conflictLabel.setWordWrap(True)

        self.conflictLayout.addWidget(self.conflictLabel)

        self.conflictReloadButton = QPushButton(self.conflictBar)
        self.conflictReloadButton.setObjectName(u"conflictReloadButton")

        self.conflictLayout.addWidget(self.conflictReloadButton)

        self.conflictKeepButton = QPushButton(self.conflictBar)
        self.conflictKeepButton.setObjectName(u"conflictKeepButton")

        self.conflictLayout.addWidget(self.conflictKeepButton)


        self.cardLayout.addWidget(self.conflictBar)

        self.headerFrame = QFrame(self.centralwidget)
        self.headerFrame.setObjectName(u"headerFrame")
        self.headerLayout = QGridLayout(self.headerFrame)
        self.headerLayout.setObjectName(u"headerLayout")
        self.headerLayout.setContentsMargins(0, 0, 0, 0)
        self.headerLeftLayout = QVBoxLayout()
        self.headerLeftLayout.setSpacing(2)
        self.headerLeftLayout.setObjectName(u"headerLeftLayout")
        self.nameLabel = QLabel(self.headerFrame)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setText(u"")
        self.nameLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerLeftLayout.addWidget(self.nameLabel)

        self.subtitleLabel = QLabel(self.headerFrame)
        self.subtitleLabel.setObjectName(u"subtitleLabel")
        self.subtitleLabel.setText(u"")

        self.headerLeftLayout.addWidget(self.subtitleLabel)

        self.tagsLayout = QHBoxLayout()
        self.tagsLayout.setSpacing(6)
        self.tagsLayout.setObjectName(u"tagsLayout")
        self.tagsLabel = QLabel(self.headerFrame)
        self.tagsLabel.setObjectName(u"tagsLabel")
        self.tagsLabel.setText(u"")

        self.tagsLayout.addWidget(self.tagsLabel)

        self.tagsButton = QToolButton(self.headerFrame)
        self.tagsButton.setObjectName(u"tagsButton")
        self.tagsButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

        self.tagsLayout.addWidget(self.tagsButton)

        self.tagsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.tagsLayout.addItem(self.tagsSpacer)


        self.headerLeftLayout.addLayout(self.tagsLayout)

        self.classifiersLabel = QLabel(self.headerFrame)
        self.classifiersLabel.setObjectName(u"classifiersLabel")
        self.classifiersLabel.setText(u"")
        self.classifiersLabel.setWordWrap(True)

        self.headerLeftLayout.addWidget(self.classifiersLabel)


        self.headerLayout.addLayout(self.headerLeftLayout, 0, 0, 1, 1)

        self.headerForm = QFormLayout()
        self.headerForm.setObjectName(u"headerForm")
        self.headerForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.headerForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.statusTitle = QLabel(self.headerFrame)
        self.statusTitle.setObjectName(u"statusTitle")

        self.headerForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.statusTitle)

        self.statusCombo = QComboBox(self.headerFrame)
        self.statusCombo.setObjectName(u"statusCombo")

        self.headerForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.responsibleTitle = QLabel(self.headerFrame)
        self.responsibleTitle.setObjectName(u"responsibleTitle")

        self.headerForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.responsibleTitle)

        self.responsibleCombo = QComboBox(self.headerFrame)
        self.responsibleCombo.setObjectName(u"responsibleCombo")

        self.headerForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.responsibleCombo)


        self.headerLayout.addLayout(self.headerForm, 0, 1, 1, 1)

        self.summaryLabel = QLabel(self.headerFrame)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerLayout.addWidget(self.summaryLabel, 1, 0, 1, 2)


        self.cardLayout.addWidget(self.headerFrame)

        self.duplicatesFrame = QFrame(self.centralwidget)
        self.duplicatesFrame.setObjectName(u"duplicatesFrame")
        self.duplicatesFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.duplicatesLayout = QHBoxLayout(self.duplicatesFrame)
        self.duplicatesLayout.setObjectName(u"duplicatesLayout")
        self.duplicatesLayout.setContentsMargins(8, 4, 8, 4)
        self.duplicatesLabel = QLabel(self.duplicatesFrame)
        self.duplicatesLabel.setObjectName(u"duplicatesLabel")
        self.duplicatesLabel.setText(u"")
        self.duplicatesLabel.setWordWrap(True)
        self.duplicatesLabel.setTextFormat(Qt.TextFormat.RichText)

        self.duplicatesLayout.addWidget(self.duplicatesLabel)


        self.cardLayout.addWidget(self.duplicatesFrame)

        self.tabs = QTabWidget(self.centralwidget)
        self.tabs.setObjectName(u"tabs")
        self.mainTab = QWidget()
        self.mainTab.setObjectName(u"mainTab")
        self.mainLayout = QGridLayout(self.mainTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setHorizontalSpacing(10)
        self.generalGroup = QGroupBox(self.mainTab)
        self.generalGroup.setObjectName(u"generalGroup")
        self.generalForm = QFormLayout(self.generalGroup)
        self.generalForm.setObjectName(u"generalForm")
        self.generalForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.generalForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.nameTitle = QLabel(self.generalGroup)
        self.nameTitle.setObjectName(u"nameTitle")

        self.generalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameTitle)

        self.nameEdit = QLineEdit(self.generalGroup)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.generalForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.kindTitle = QLabel(self.generalGroup)
        self.kindTitle.setObjectName(u"kindTitle")

        self.generalForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindTitle)

        self.kindCombo = QComboBox(self.generalGroup)
        self.kindCombo.setObjectName(u"kindCombo")

        self.generalForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.sourceTitle = QLabel(self.generalGroup)
        self.sourceTitle.setObjectName(u"sourceTitle")

        self.generalForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sourceTitle)

        self.sourceCombo = QComboBox(self.generalGroup)
        self.sourceCombo.setObjectName(u"sourceCombo")

        self.generalForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sourceCombo)

        self.cityTitle = QLabel(self.generalGroup)
        self.cityTitle.setObjectName(u"cityTitle")

        self.generalForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.cityTitle)

        self.cityEdit = QLineEdit(self.generalGroup)
        self.cityEdit.setObjectName(u"cityEdit")
        self.cityEdit.setMaxLength(60)

        self.generalForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.cityEdit)

        self.regionTitle = QLabel(self.generalGroup)
        self.regionTitle.setObjectName(u"regionTitle")

        self.generalForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.regionTitle)

        self.regionEdit = QLineEdit(self.generalGroup)
        self.regionEdit.setObjectName(u"regionEdit")
        self.regionEdit.setMaxLength(60)

        self.generalForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.regionEdit)

        self.websiteTitle = QLabel(self.generalGroup)
        self.websiteTitle.setObjectName(u"websiteTitle")

        self.generalForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.websiteTitle)

        self.websiteEdit = QLineEdit(self.generalGroup)
        self.websiteEdit.setObjectName(u"websiteEdit")
        self.websiteEdit.setMaxLength(100)

        self.generalForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.websiteEdit)

        self.birthdayTitle = QLabel(self.generalGroup)
        self.birthdayTitle.setObjectName(u"birthdayTitle")

        self.generalForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.birthdayTitle)

        self.birthdayEdit = DateEdit(self.generalGroup)
        self.birthdayEdit.setObjectName(u"birthdayEdit")

        self.generalForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.birthdayEdit)

        self.foundedOnTitle = QLabel(self.generalGroup)
        self.foundedOnTitle.setObjectName(u"foundedOnTitle")

        self.generalForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.foundedOnTitle)

        self.foundedOnEdit = DateEdit(self.generalGroup)
        self.foundedOnEdit.setObjectName(u"foundedOnEdit")

        self.generalForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.foundedOnEdit)


        self.mainLayout.addWidget(self.generalGroup, 0, 0, 1, 1)

        self.requisitesGroup = QGroupBox(self.mainTab)
        self.requisitesGroup.setObjectName(u"requisitesGroup")
        self.requisitesForm = QFormLayout(self.requisitesGroup)
        self.requisitesForm.setObjectName(u"requisitesForm")
        self.requisitesForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.requisitesForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.legalNameTitle = QLabel(self.requisitesGroup)
        self.legalNameTitle.setObjectName(u"legalNameTitle")

        self.requisitesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.legalNameTitle)

        self.legalNameEdit = QLineEdit(self.requisitesGroup)
        self.legalNameEdit.setObjectName(u"legalNameEdit")
        self.legalNameEdit.setMaxLength(200)

        self.requisitesForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.legalNameEdit)

        self.innTitle = QLabel(self.requisitesGroup)
        self.innTitle.setObjectName(u"innTitle")

        self.requisitesForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.innTitle)

        self.innEdit = QLineEdit(self.requisitesGroup)
        self.innEdit.setObjectName(u"innEdit")
        self.innEdit.setMaxLength(12)

        self.requisitesForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.innEdit)

        self.kppTitle = QLabel(self.requisitesGroup)
        self.kppTitle.setObjectName(u"kppTitle")

        self.requisitesForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kppTitle)

        self.kppEdit = QLineEdit(self.requisitesGroup)
        self.kppEdit.setObjectName(u"kppEdit")
        self.kppEdit.setMaxLength(9)

        self.requisitesForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kppEdit)

        self.ogrnTitle = QLabel(self.requisitesGroup)
        self.ogrnTitle.setObjectName(u"ogrnTitle")

        self.requisitesForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.ogrnTitle)

        self.ogrnEdit = QLineEdit(self.requisitesGroup)
        self.ogrnEdit.setObjectName(u"ogrnEdit")
        self.ogrnEdit.setMaxLength(15)

        self.requisitesForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.ogrnEdit)

        self.bankNameTitle = QLabel(self.requisitesGroup)
        self.bankNameTitle.setObjectName(u"bankNameTitle")

        self.requisitesForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.bankNameTitle)

        self.bankNameEdit = QLineEdit(self.requisitesGroup)
        self.bankNameEdit.setObjectName(u"bankNameEdit")
        self.bankNameEdit.setMaxLength(200)

        self.requisitesForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.bankNameEdit)

        self.bankBikTitle = QLabel(self.requisitesGroup)
        self.bankBikTitle.setObjectName(u"bankBikTitle")

        self.requisitesForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.bankBikTitle)

        self.bankBikEdit = QLineEdit(self.requisitesGroup)
        self.bankBikEdit.setObjectName(u"bankBikEdit")
        self.bankBikEdit.setMaxLength(9)

        self.requisitesForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.bankBikEdit)

        self.bankAccountTitle = QLabel(self.requisitesGroup)
        self.bankAccountTitle.setObjectName(u"bankAccountTitle")

        self.requisitesForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.bankAccountTitle)

        self.bankAccountEdit = QLineEdit(self.requisitesGroup)
        self.bankAccountEdit.setObjectName(u"bankAccountEdit")
        self.bankAccountEdit.setMaxLength(20)

        self.requisitesForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.bankAccountEdit)

        self.corrAccountTitle = QLabel(self.requisitesGroup)
        self.corrAccountTitle.setObjectName(u"corrAccountTitle")

        self.requisitesForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.corrAccountTitle)

        self.corrAccountEdit = QLineEdit(self.requisitesGroup)
        self.corrAccountEdit.setObjectName(u"corrAccountEdit")
        self.corrAccountEdit.setMaxLength(20)

        self.requisitesForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.corrAccountEdit)


        self.mainLayout.addWidget(self.requisitesGroup, 0, 1, 1, 1)

        self.noteGroup = QGroupBox(self.mainTab)
        self.noteGroup.setObjectName(u"noteGroup")
        self.noteLayout = QVBoxLayout(self.noteGroup)
        self.noteLayout.setObjectName(u"noteLayout")
        self.noteEdit = QPlainTextEdit(self.noteGroup)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)

        self.noteLayout.addWidget(self.noteEdit)


        self.mainLayout.addWidget(self.noteGroup, 1, 0, 1, 2)

        self.createdLabel = QLabel(self.mainTab)
        self.createdLabel.setObjectName(u"createdLabel")
        self.createdLabel.setText(u"")

        self.mainLayout.addWidget(self.createdLabel, 2, 0, 1, 2)

        self.tabs.addTab(self.mainTab, "")
        self.contactsTab = QWidget()
        self.contactsTab.setObjectName(u"contactsTab")
        self.contactsTabLayout = QHBoxLayout(self.contactsTab)
        self.contactsTabLayout.setObjectName(u"contactsTabLayout")
        self.contactsSplitter = QSplitter(self.contactsTab)
        self.contactsSplitter.setObjectName(u"contactsSplitter")
        self.contactsSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.contactsSplitter.setChildrenCollapsible(False)
        self.contactsListPane = QWidget(self.contactsSplitter)
        self.contactsListPane.setObjectName(u"contactsListPane")
        self.contactsListLayout = QVBoxLayout(self.contactsListPane)
        self.contactsListLayout.setObjectName(u"contactsListLayout")
        self.contactsListLayout.setContentsMargins(0, 0, 0, 0)
        self.contactsTable = QTableView(self.contactsListPane)
        self.contactsTable.setObjectName(u"contactsTable")

        self.contactsListLayout.addWidget(self.contactsTable)

        self.contactsButtons = QHBoxLayout()
        self.contactsButtons.setObjectName(u"contactsButtons")
        self.addContactButton = QPushButton(self.contactsListPane)
        self.addContactButton.setObjectName(u"addContactButton")

        self.contactsButtons.addWidget(self.addContactButton)

        self.removeContactButton = QPushButton(self.contactsListPane)
        self.removeContactButton.setObjectName(u"removeContactButton")

        self.contactsButtons.addWidget(self.removeContactButton)

        self.contactsButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.contactsButtons.addItem(self.contactsButtonsSpacer)


        self.contactsListLayout.addLayout(self.contactsButtons)

        self.contactsSplitter.addWidget(self.contactsListPane)
        self.contactGroup = QGroupBox(self.contactsSplitter)
        self.contactGroup.setObjectName(u"contactGroup")
        self.contactForm = QFormLayout(self.contactGroup)
        self.contactForm.setObjectName(u"contactForm")
        self.contactForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.contactForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.contactNameTitle = QLabel(self.contactGroup)
        self.contactNameTitle.setObjectName(u"contactNameTitle")

        self.contactForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.contactNameTitle)

        self.contactNameEdit = QLineEdit(self.contactGroup)
        self.contactNameEdit.setObjectName(u"contactNameEdit")
        self.contactNameEdit.setMaxLength(200)

        self.contactForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.contactNameEdit)

        self.contactJobTitle = QLabel(self.contactGroup)
        self.contactJobTitle.setObjectName(u"contactJobTitle")

        self.contactForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.contactJobTitle)

        self.contactJobEdit = QLineEdit(self.contactGroup)
        self.contactJobEdit.setObjectName(u"contactJobEdit")
        self.contactJobEdit.setMaxLength(100)

        self.contactForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.contactJobEdit)

        self.contactBirthdayTitle = QLabel(self.contactGroup)
        self.contactBirthdayTitle.setObjectName(u"contactBirthdayTitle")

        self.contactForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.contactBirthdayTitle)

        self.contactBirthdayEdit = DateEdit(self.contactGroup)
        self.contactBirthdayEdit.setObjectName(u"contactBirthdayEdit")

        self.contactForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.contactBirthdayEdit)

        self.contactPrimaryCheck = QCheckBox(self.contactGroup)
        self.contactPrimaryCheck.setObjectName(u"contactPrimaryCheck")

        self.contactForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.contactPrimaryCheck)

        self.contactPhonesTitle = QLabel(self.contactGroup)
        self.contactPhonesTitle.setObjectName(u"contactPhonesTitle")

        self.contactForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.contactPhonesTitle)

        self.contactPhonesHost = QWidget(self.contactGroup)
        self.contactPhonesHost.setObjectName(u"contactPhonesHost")

        self.contactForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.contactPhonesHost)

        self.contactEmailsTitle = QLabel(self.contactGroup)
        self.contactEmailsTitle.setObjectName(u"contactEmailsTitle")

        self.contactForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.contactEmailsTitle)

        self.contactEmailsHost = QWidget(self.contactGroup)
        self.contactEmailsHost.setObjectName(u"contactEmailsHost")

        self.contactForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.contactEmailsHost)

        self.contactsSplitter.addWidget(self.contactGroup)

        self.contactsTabLayout.addWidget(self.contactsSplitter)

        self.tabs.addTab(self.contactsTab, "")
        self.phonesTab = QWidget()
        self.phonesTab.setObjectName(u"phonesTab")
        self.phonesTabLayout = QHBoxLayout(self.phonesTab)
        self.phonesTabLayout.setObjectName(u"phonesTabLayout")
        self.phonesGroup = QGroupBox(self.phonesTab)
        self.phonesGroup.setObjectName(u"phonesGroup")
        self.phonesGroupLayout = QVBoxLayout(self.phonesGroup)
        self.phonesGroupLayout.setObjectName(u"phonesGroupLayout")
        self.phonesHost = QWidget(self.phonesGroup)
        self.phonesHost.setObjectName(u"phonesHost")

        self.phonesGroupLayout.addWidget(self.phonesHost)

        self.phonesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.phonesGroupLayout.addItem(self.phonesSpacer)


        self.phonesTabLayout.addWidget(self.phonesGroup)

        self.emailsGroup = QGroupBox(self.phonesTab)
        self.emailsGroup.setObjectName(u"emailsGroup")
        self.emailsGroupLayout = QVBoxLayout(self.emailsGroup)
        self.emailsGroupLayout.setObjectName(u"emailsGroupLayout")
        self.emailsHost = QWidget(self.emailsGroup)
        self.emailsHost.setObjectName(u"emailsHost")

        self.emailsGroupLayout.addWidget(self.emailsHost)

        self.emailsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emailsGroupLayout.addItem(self.emailsSpacer)


        self.phonesTabLayout.addWidget(self.emailsGroup)

        self.tabs.addTab(self.phonesTab, "")
        self.addressesTab = QWidget()
        self.addressesTab.setObjectName(u"addressesTab")
        self.addressesTabLayout = QHBoxLayout(self.addressesTab)
        self.addressesTabLayout.setObjectName(u"addressesTabLayout")
        self.addressesSplitter = QSplitter(self.addressesTab)
        self.addressesSplitter.setObjectName(u"addressesSplitter")
        self.addressesSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.addressesSplitter.setChildrenCollapsible(False)
        self.addressesListPane = QWidget(self.addressesSplitter)
        self.addressesListPane.setObjectName(u"addressesListPane")
        self.addressesListLayout = QVBoxLayout(self.addressesListPane)
        self.addressesListLayout.setObjectName(u"addressesListLayout")
        self.addressesListLayout.setContentsMargins(0, 0, 0, 0)
        self.addressesTable = QTableView(self.addressesListPane)
        self.addressesTable.setObjectName(u"addressesTable")

        self.addressesListLayout.addWidget(self.addressesTable)

        self.addressesButtons = QHBoxLayout()
        self.addressesButtons.setObjectName(u"addressesButtons")
        self.addAddressButton = QPushButton(self.addressesListPane)
        self.addAddressButton.setObjectName(u"addAddressButton")

        self.addressesButtons.addWidget(self.addAddressButton)

        self.removeAddressButton = QPushButton(self.addressesListPane)
        self.removeAddressButton.setObjectName(u"removeAddressButton")

        self.addressesButtons.addWidget(self.removeAddressButton)

        self.addressesButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.addressesButtons.addItem(self.addressesButtonsSpacer)


        self.addressesListLayout.addLayout(self.addressesButtons)

        self.addressesSplitter.addWidget(self.addressesListPane)
        self.addressGroup = QGroupBox(self.addressesSplitter)
        self.addressGroup.setObjectName(u"addressGroup")
        self.addressForm = QFormLayout(self.addressGroup)
        self.addressForm.setObjectName(u"addressForm")
        self.addressForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.addressForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.addressKindTitle = QLabel(self.addressGroup)
        self.addressKindTitle.setObjectName(u"addressKindTitle")

        self.addressForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.addressKindTitle)

        self.addressKindCombo = QComboBox(self.addressGroup)
        self.addressKindCombo.setObjectName(u"addressKindCombo")

        self.addressForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.addressKindCombo)

        self.addressZipTitle = QLabel(self.addressGroup)
        self.addressZipTitle.setObjectName(u"addressZipTitle")

        self.addressForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.addressZipTitle)

        self.addressZipEdit = QLineEdit(self.addressGroup)
        self.addressZipEdit.setObjectName(u"addressZipEdit")
        self.addressZipEdit.setMaxLength(12)

        self.addressForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.addressZipEdit)

        self.addressCountryTitle = QLabel(self.addressGroup)
        self.addressCountryTitle.setObjectName(u"addressCountryTitle")

        self.addressForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.addressCountryTitle)

        self.addressCountryEdit = QLineEdit(self.addressGroup)
        self.addressCountryEdit.setObjectName(u"addressCountryEdit")
        self.addressCountryEdit.setMaxLength(60)

        self.addressForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.addressCountryEdit)

        self.addressRegionTitle = QLabel(self.addressGroup)
        self.addressRegionTitle.setObjectName(u"addressRegionTitle")

        self.addressForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.addressRegionTitle)

        self.addressRegionEdit = QLineEdit(self.addressGroup)
        self.addressRegionEdit.setObjectName(u"addressRegionEdit")
        self.addressRegionEdit.setMaxLength(60)

        self.addressForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.addressRegionEdit)

        self.addressCityTitle = QLabel(self.addressGroup)
        self.addressCityTitle.setObjectName(u"addressCityTitle")

        self.addressForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.addressCityTitle)

        self.addressCityEdit = QLineEdit(self.addressGroup)
        self.addressCityEdit.setObjectName(u"addressCityEdit")
        self.addressCityEdit.setMaxLength(60)

        self.addressForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.addressCityEdit)

        self.addressStreetTitle = QLabel(self.addressGroup)
        self.addressStreetTitle.setObjectName(u"addressStreetTitle")

        self.addressForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.addressStreetTitle)

        self.addressStreetEdit = QLineEdit(self.addressGroup)
        self.addressStreetEdit.setObjectName(u"addressStreetEdit")
        self.addressStreetEdit.setMaxLength(200)

        self.addressForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.addressStreetEdit)

        self.addressPrimaryCheck = QCheckBox(self.addressGroup)
        self.addressPrimaryCheck.setObjectName(u"addressPrimaryCheck")

        self.addressForm.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.addressPrimaryCheck)

        self.addressesSplitter.addWidget(self.addressGroup)

        self.addressesTabLayout.addWidget(self.addressesSplitter)

        self.tabs.addTab(self.addressesTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyLayout = QVBoxLayout(self.historyTab)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyTopLayout = QHBoxLayout()
        self.historyTopLayout.setObjectName(u"historyTopLayout")
        self.historyFilterTitle = QLabel(self.historyTab)
        self.historyFilterTitle.setObjectName(u"historyFilterTitle")

        self.historyTopLayout.addWidget(self.historyFilterTitle)

        self.historyFilterCombo = QComboBox(self.historyTab)
        self.historyFilterCombo.setObjectName(u"historyFilterCombo")

        self.historyTopLayout.addWidget(self.historyFilterCombo)

        self.historyTopSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.historyTopLayout.addItem(self.historyTopSpacer)

        self.addCallButton = QPushButton(self.historyTab)
        self.addCallButton.setObjectName(u"addCallButton")

        self.historyTopLayout.addWidget(self.addCallButton)

        self.addMeetingButton = QPushButton(self.historyTab)
        self.addMeetingButton.setObjectName(u"addMeetingButton")

        self.historyTopLayout.addWidget(self.addMeetingButton)

        self.addNoteButton = QPushButton(self.historyTab)
        self.addNoteButton.setObjectName(u"addNoteButton")

        self.historyTopLayout.addWidget(self.addNoteButton)


        self.historyLayout.addLayout(self.historyTopLayout)

        self.historyTable = QTableView(self.historyTab)
        self.historyTable.setObjectName(u"historyTable")

        self.historyLayout.addWidget(self.historyTable)

        self.historyBottomLayout = QHBoxLayout()
        self.historyBottomLayout.setObjectName(u"historyBottomLayout")
        self.historyCountLabel = QLabel(self.historyTab)
        self.historyCountLabel.setObjectName(u"historyCountLabel")
        self.historyCountLabel.setText(u"")

        self.historyBottomLayout.addWidget(self.historyCountLabel)

        self.historyBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.historyBottomLayout.addItem(self.historyBottomSpacer)

        self.historyMoreButton = QPushButton(self.historyTab)
        self.historyMoreButton.setObjectName(u"historyMoreButton")

        self.historyBottomLayout.addWidget(self.historyMoreButton)


        self.historyLayout.addLayout(self.historyBottomLayout)

        self.tabs.addTab(self.historyTab, "")
        self.dealsTab = QWidget()
        self.dealsTab.setObjectName(u"dealsTab")
        self.dealsLayout = QVBoxLayout(self.dealsTab)
        self.dealsLayout.setObjectName(u"dealsLayout")
        self.dealsTable = QTableView(self.dealsTab)
        self.dealsTable.setObjectName(u"dealsTable")

        self.dealsLayout.addWidget(self.dealsTable)

        self.tabs.addTab(self.dealsTab, "")
        self.tasksTab = QWidget()
        self.tasksTab.setObjectName(u"tasksTab")
        self.tasksLayout = QVBoxLayout(self.tasksTab)
        self.tasksLayout.setObjectName(u"tasksLayout")
        self.tasksTable = QTableView(self.tasksTab)
        self.tasksTable.setObjectName(u"tasksTable")

        self.tasksLayout.addWidget(self.tasksTable)

        self.tabs.addTab(self.tasksTab, "")
        self.filesTab = QWidget()
        self.filesTab.setObjectName(u"filesTab")
        self.filesLayout = QHBoxLayout(self.filesTab)
        self.filesLayout.setObjectName(u"filesLayout")
        self.filesTable = QTableView(self.filesTab)
        self.filesTable.setObjectName(u"filesTable")

        self.filesLayout.addWidget(self.filesTable)

        self.filesButtons = QVBoxLayout()
        self.filesButtons.setObjectName(u"filesButtons")
        self.attachFileButton = QPushButton(self.filesTab)
        self.attachFileButton.setObjectName(u"attachFileButton")

        self.filesButtons.addWidget(self.attachFileButton)

        self.openFileButton = QPushButton(self.filesTab)
        self.openFileButton.setObjectName(u"openFileButton")

        self.filesButtons.addWidget(self.openFileButton)

        self.saveFileButton = QPushButton(self.filesTab)
        self.saveFileButton.setObjectName(u"saveFileButton")

        self.filesButtons.addWidget(self.saveFileButton)

        self.deleteFileButton = QPushButton(self.filesTab)
        self.deleteFileButton.setObjectName(u"deleteFileButton")

        self.filesButtons.addWidget(self.deleteFileButton)

        self.filesButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.filesButtons.addItem(self.filesButtonsSpacer)


        self.filesLayout.addLayout(self.filesButtons)

        self.tabs.addTab(self.filesTab, "")
        self.customTab = QWidget()
        self.customTab.setObjectName(u"customTab")
        self.customLayout = QVBoxLayout(self.customTab)
        self.customLayout.setObjectName(u"customLayout")
        self.customEmptyLabel = QLabel(self.customTab)
        self.customEmptyLabel.setObjectName(u"customEmptyLabel")

        self.customLayout.addWidget(self.customEmptyLabel)

        self.customScroll = QScrollArea(self.customTab)
        self.customScroll.setObjectName(u"customScroll")
        self.customScroll.setWidgetResizable(True)
        self.customScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.customHost = QWidget()
        self.customHost.setObjectName(u"customHost")
        self.customForm = QFormLayout(self.customHost)
        self.customForm.setObjectName(u"customForm")
        self.customForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.customForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.customScroll.setWidget(self.customHost)

        self.customLayout.addWidget(self.customScroll)

        self.tabs.addTab(self.customTab, "")
        self.auditTab = QWidget()
        self.auditTab.setObjectName(u"auditTab")
        self.auditLayout = QVBoxLayout(self.auditTab)
        self.auditLayout.setObjectName(u"auditLayout")
        self.auditTable = QTableView(self.auditTab)
        self.auditTable.setObjectName(u"auditTable")

        self.auditLayout.addWidget(self.auditTable)

        self.tabs.addTab(self.auditTab, "")

        self.cardLayout.addWidget(self.tabs)

        ClientCard.setCentralWidget(self.centralwidget)
        self.statusbar = QStatusBar(ClientCard)
        self.statusbar.setObjectName(u"statusbar")
        ClientCard.setStatusBar(self.statusbar)
#if QT_CONFIG(shortcut)
        self.statusTitle.setBuddy(self.statusCombo)
        self.responsibleTitle.setBuddy(self.responsibleCombo)
        self.nameTitle.setBuddy(self.nameEdit)
        self.kindTitle.setBuddy(self.kindCombo)
        self.sourceTitle.setBuddy(self.sourceCombo)
        self.cityTitle.setBuddy(self.cityEdit)
        self.regionTitle.setBuddy(self.regionEdit)
        self.websiteTitle.setBuddy(self.websiteEdit)
        self.birthdayTitle.setBuddy(self.birthdayEdit)
        self.foundedOnTitle.setBuddy(self.foundedOnEdit)
        self.legalNameTitle.setBuddy(self.legalNameEdit)
        self.innTitle.setBuddy(self.innEdit)
        self.kppTitle.setBuddy(self.kppEdit)
        self.ogrnTitle.setBuddy(self.ogrnEdit)
        self.bankNameTitle.setBuddy(self.bankNameEdit)
        self.bankBikTitle.setBuddy(self.bankBikEdit)
        self.bankAccountTitle.setBuddy(self.bankAccountEdit)
        self.corrAccountTitle.setBuddy(self.corrAccountEdit)
        self.contactNameTitle.setBuddy(self.contactNameEdit)
        self.contactJobTitle.setBuddy(self.contactJobEdit)
        self.contactBirthdayTitle.setBuddy(self.contactBirthdayEdit)
        self.addressKindTitle.setBuddy(self.addressKindCombo)
        self.addressZipTitle.setBuddy(self.addressZipEdit)
        self.addressCountryTitle.setBuddy(self.addressCountryEdit)
        self.addressRegionTitle.setBuddy(self.addressRegionEdit)
        self.addressCityTitle.setBuddy(self.addressCityEdit)
        self.addressStreetTitle.setBuddy(self.addressStreetEdit)
        self.historyFilterTitle.setBuddy(self.historyFilterCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ClientCard)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ClientCard)
    # setupUi

    def retranslateUi(self, ClientCard):
        ClientCard.setWindowTitle(QCoreApplication.translate("ClientCard", u"Client", None))
        self.conflictReloadButton.setText(QCoreApplication.translate("ClientCard", u"Reload (discard my edits)", None))
        self.conflictKeepButton.setText(QCoreApplication.translate("ClientCard", u"Keep editing", None))
        self.tagsButton.setText(QCoreApplication.translate("ClientCard", u"Ta&gs", None))
        self.statusTitle.setText(QCoreApplication.translate("ClientCard", u"&Status:", None))
        self.responsibleTitle.setText(QCoreApplication.translate("ClientCard", u"&Responsible:", None))
        self.generalGroup.setTitle(QCoreApplication.translate("ClientCard", u"General", None))
        self.nameTitle.setText(QCoreApplication.translate("ClientCard", u"&Name:", None))
        self.kindTitle.setText(QCoreApplication.translate("ClientCard", u"T&ype:", None))
        self.sourceTitle.setText(QCoreApplication.translate("ClientCard", u"So&urce:", None))
        self.cityTitle.setText(QCoreApplication.translate("ClientCard", u"C&ity:", None))
        self.regionTitle.setText(QCoreApplication.translate("ClientCard", u"Region:", None))
        self.websiteTitle.setText(QCoreApplication.translate("ClientCard", u"&Website:", None))
        self.websiteEdit.setPlaceholderText(QCoreApplication.translate("ClientCard", u"https://", None))
        self.birthdayTitle.setText(QCoreApplication.translate("ClientCard", u"&Birthday:", None))
        self.foundedOnTitle.setText(QCoreApplication.translate("ClientCard", u"Founded &on:", None))
        self.requisitesGroup.setTitle(QCoreApplication.translate("ClientCard", u"Requisites", None))
        self.legalNameTitle.setText(QCoreApplication.translate("ClientCard", u"Legal name:", None))
        self.innTitle.setText(QCoreApplication.translate("ClientCard", u"INN:", None))
        self.kppTitle.setText(QCoreApplication.translate("ClientCard", u"&KPP:", None))
        self.ogrnTitle.setText(QCoreApplication.translate("ClientCard", u"OGRN:", None))
        self.bankNameTitle.setText(QCoreApplication.translate("ClientCard", u"Bank:", None))
        self.bankBikTitle.setText(QCoreApplication.translate("ClientCard", u"BIK:", None))
        self.bankAccountTitle.setText(QCoreApplication.translate("ClientCard", u"Account:", None))
        self.corrAccountTitle.setText(QCoreApplication.translate("ClientCard", u"Corr. account:", None))
        self.noteGroup.setTitle(QCoreApplication.translate("ClientCard", u"Note", None))
        self.tabs.setTabText(self.tabs.indexOf(self.mainTab), QCoreApplication.translate("ClientCard", u"&Main", None))
        self.addContactButton.setText(QCoreApplication.translate("ClientCard", u"Add contact", None))
        self.removeContactButton.setText(QCoreApplication.translate("ClientCard", u"Remove", None))
        self.contactGroup.setTitle(QCoreApplication.translate("ClientCard", u"Contact person", None))
        self.contactNameTitle.setText(QCoreApplication.translate("ClientCard", u"Full &name:", None))
        self.contactJobTitle.setText(QCoreApplication.translate("ClientCard", u"Po&sition:", None))
        self.contactBirthdayTitle.setText(QCoreApplication.translate("ClientCard", u"&Birthday:", None))
        self.contactPrimaryCheck.setText(QCoreApplication.translate("ClientCard", u"Main c&ontact person", None))
        self.contactPhonesTitle.setText(QCoreApplication.translate("ClientCard", u"Phones:", None))
        self.contactEmailsTitle.setText(QCoreApplication.translate("ClientCard", u"E-mails:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.contactsTab), QCoreApplication.translate("ClientCard", u"&Contact persons", None))
        self.phonesGroup.setTitle(QCoreApplication.translate("ClientCard", u"Phones", None))
        self.emailsGroup.setTitle(QCoreApplication.translate("ClientCard", u"E-mails", None))
        self.tabs.setTabText(self.tabs.indexOf(self.phonesTab), QCoreApplication.translate("ClientCard", u"&Phones && e-mails", None))
        self.addAddressButton.setText(QCoreApplication.translate("ClientCard", u"Add address", None))
        self.removeAddressButton.setText(QCoreApplication.translate("ClientCard", u"Remove", None))
        self.addressGroup.setTitle(QCoreApplication.translate("ClientCard", u"Address", None))
        self.addressKindTitle.setText(QCoreApplication.translate("ClientCard", u"Type:", None))
        self.addressZipTitle.setText(QCoreApplication.translate("ClientCard", u"Postcode:", None))
        self.addressCountryTitle.setText(QCoreApplication.translate("ClientCard", u"Country:", None))
        self.addressRegionTitle.setText(QCoreApplication.translate("ClientCard", u"Region:", None))
        self.addressCityTitle.setText(QCoreApplication.translate("ClientCard", u"City:", None))
        self.addressStreetTitle.setText(QCoreApplication.translate("ClientCard", u"Street, house:", None))
        self.addressPrimaryCheck.setText(QCoreApplication.translate("ClientCard", u"Main address", None))
        self.tabs.setTabText(self.tabs.indexOf(self.addressesTab), QCoreApplication.translate("ClientCard", u"A&ddresses", None))
        self.historyFilterTitle.setText(QCoreApplication.translate("ClientCard", u"Sho&w:", None))
        self.addCallButton.setText(QCoreApplication.translate("ClientCard", u"Call", None))
        self.addMeetingButton.setText(QCoreApplication.translate("ClientCard", u"Meeting", None))
        self.addNoteButton.setText(QCoreApplication.translate("ClientCard", u"Note", None))
        self.historyMoreButton.setText(QCoreApplication.translate("ClientCard", u"Show older", None))
        self.tabs.setTabText(self.tabs.indexOf(self.historyTab), QCoreApplication.translate("ClientCard", u"&History", None))
        self.tabs.setTabText(self.tabs.indexOf(self.dealsTab), QCoreApplication.translate("ClientCard", u"D&eals", None))
        self.tabs.setTabText(self.tabs.indexOf(self.tasksTab), QCoreApplication.translate("ClientCard", u"T&asks", None))
        self.attachFileButton.setText(QCoreApplication.translate("ClientCard", u"Attach\u2026", None))
        self.openFileButton.setText(QCoreApplication.translate("ClientCard", u"&Open", None))
        self.saveFileButton.setText(QCoreApplication.translate("ClientCard", u"Sa&ve as\u2026", None))
        self.deleteFileButton.setText(QCoreApplication.translate("ClientCard", u"Delete", None))
        self.tabs.setTabText(self.tabs.indexOf(self.filesTab), QCoreApplication.translate("ClientCard", u"&Files", None))
        self.customEmptyLabel.setText(QCoreApplication.translate("ClientCard", u"No custom fields are defined for clients.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.customTab), QCoreApplication.translate("ClientCard", u"Custom fie&lds", None))
        self.tabs.setTabText(self.tabs.indexOf(self.auditTab), QCoreApplication.translate("ClientCard", u"Audi&t", None))
    # retranslateUi

