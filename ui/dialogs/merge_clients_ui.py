# generated — do not edit; run `python -m tools.build_forms`
# ruff: noqa
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'merge_clients.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QSizePolicy, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_MergeClientsDialog(object):
    def setupUi(self, MergeClientsDialog):
        if not MergeClientsDialog.objectName():
            MergeClientsDialog.setObjectName(u"MergeClientsDialog")
        MergeClientsDialog.resize(700, 620)
        self.mainLayout = QVBoxLayout(MergeClientsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.intro = QLabel(MergeClientsDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.mainLayout.addWidget(self.intro)

        self.survivorLayout = QHBoxLayout()
        self.survivorLayout.setObjectName(u"survivorLayout")
        self.survivorLabel = QLabel(MergeClientsDialog)
        self.survivorLabel.setObjectName(u"survivorLabel")

        self.survivorLayout.addWidget(self.survivorLabel)

        self.survivorCombo = QComboBox(MergeClientsDialog)
        self.survivorCombo.setObjectName(u"survivorCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.survivorCombo.sizePolicy().hasHeightForWidth())
        self.survivorCombo.setSizePolicy(sizePolicy)

        self.survivorLayout.addWidget(self.survivorCombo)


        self.mainLayout.addLayout(self.survivorLayout)

        self.mergeTable = QTableWidget(MergeClientsDialog)
        self.mergeTable.setObjectName(u"mergeTable")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(1)
        sizePolicy1.setHeightForWidth(self.mergeTable.sizePolicy().hasHeightForWidth())
        self.mergeTable.setSizePolicy(sizePolicy1)
        self.mergeTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mergeTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)

        self.mainLayout.addWidget(self.mergeTable)

        self.buttons = QDialogButtonBox(MergeClientsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.survivorLabel.setBuddy(self.survivorCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MergeClientsDialog)

        QMetaObject.connectSlotsByName(MergeClientsDialog)
    # setupUi

    def retranslateUi(self, MergeClientsDialog):
        MergeClientsDialog.setWindowTitle(QCoreApplication.translate("MergeClientsDialog", u"Merge clients", None))
        self.intro.setText(QCoreApplication.translate("MergeClientsDialog", u"The chosen client is kept; the others become archived pointers to it. Everything attached to them moves to it. Pick the value to keep in each row.", None))
        self.survivorLabel.setText(QCoreApplication.translate("MergeClientsDialog", u"&Keep client:", None))
    # retranslateUi

